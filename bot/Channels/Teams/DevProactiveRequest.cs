namespace RecruitBot.Channels.Teams;

/// <summary>Body of the development-only proactive trigger: a tenant, then a conversation or a user, and text.</summary>
public sealed record DevProactiveRequest(string TenantId, string? ConversationId, string? UserId, string Text);
