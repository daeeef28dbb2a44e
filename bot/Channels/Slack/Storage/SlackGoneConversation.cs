namespace RecruitBot.Channels.Slack.Storage;

/// <summary>A channel Slack told us is gone (not found, archived, user deactivated); we stop posting to it.</summary>
public sealed class SlackGoneConversation
{
    public required string TenantId { get; set; }
    public required string ChannelId { get; set; }
    public required string Error { get; set; }
    public DateTime AtUtc { get; set; }
}
