namespace RecruitBot.Channels.Slack.Storage;

/// <summary>
/// One inbound Slack request, stored before the ack so nothing is lost if the process dies before handling it.
/// (TenantId, EventId) is unique: Slack's retries of the same event insert nothing.
/// </summary>
public sealed class SlackInboxItem
{
    public Guid Id { get; set; }
    public required string TenantId { get; set; }

    /// <summary>Slack's event_id, or a key derived from the interaction (see <c>SlackInboxKeys</c>).</summary>
    public required string EventId { get; set; }

    /// <summary>event, block_actions, view_submission, message_action or command.</summary>
    public required string Kind { get; set; }

    public required string Payload { get; set; }
    public string Status { get; set; } = SlackInboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>A worker's claim; expires so a crashed worker's row is picked up again.</summary>
    public DateTime? LockedUntilUtc { get; set; }

    public DateTime? ProcessedAtUtc { get; set; }
    public string? LastError { get; set; }
}
