namespace RecruitBot.Conversation;

/// <summary>
/// Who a card's buttons are for: the tenant, and the one user who may press them (null: anyone in the tenant, e.g. a
/// digest in a team channel). Renderers sign every action for this audience.
/// </summary>
public sealed record ActionAudience(string TenantId, string? UserId);
