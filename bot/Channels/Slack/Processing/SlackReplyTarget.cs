namespace RecruitBot.Channels.Slack.Processing;

/// <summary>
/// Where a turn's replies go: a channel (in a thread when <see cref="ThreadTs"/> is set), the user's DM when no
/// channel is known, or the interaction's response_url (ephemeral) for slash commands.
/// </summary>
public sealed record SlackReplyTarget(string TenantId, string Token, string UserId, string? Channel, string? ThreadTs = null,
    Uri? ResponseUrl = null);
