namespace RecruitBot.Channels.Slack.Storage;

/// <summary>A workspace that installed the app through OAuth v2; its bot token answers for that tenant.</summary>
public sealed class SlackInstallation
{
    /// <summary>Same key as IncomingMessage.TenantId: team id, or enterprise:team on Enterprise Grid.</summary>
    public required string TenantId { get; set; }

    public required string TeamId { get; set; }
    public string? EnterpriseId { get; set; }
    public string? TeamName { get; set; }
    public required string BotToken { get; set; }
    public string? BotUserId { get; set; }
    public string? AppId { get; set; }
    public string? Scopes { get; set; }
    public DateTime InstalledAtUtc { get; set; }
}
