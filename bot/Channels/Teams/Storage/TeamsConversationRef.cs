namespace RecruitBot.Channels.Teams.Storage;

/// <summary>
/// Where and how to reach one Teams conversation later, refreshed on every authenticated activity.
/// <see cref="Gone"/> is set when the connector answers 403/404 (bot removed, chat deleted).
/// </summary>
public sealed class TeamsConversationRef
{
    public required string TenantId { get; set; }
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? ConversationType { get; set; }

    /// <summary>Teams' channel user id (29:...), what the connector needs to address the user.</summary>
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? UserName { get; set; }
    public string? TeamId { get; set; }
    public string? ChannelId { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }
    public bool Gone { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
