using RecruitBot.Recruiting;

namespace RecruitBot.Nudges;

/// <summary>
/// A proactive message waiting to be delivered (transactional outbox). Planners add rows in the same transaction as
/// the state they read; a dispatcher leases rows, hands them to the channel, and marks them sent only after the
/// channel accepted them. <see cref="IdempotencyKey"/> is unique per tenant, so planning twice never sends twice.
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }

    /// <summary>e.g. "nudge", "digest", "stale-decision", "referral-update".</summary>
    public required string Kind { get; set; }

    /// <summary>(kind, recipient, local date) or another natural key: the same message is never enqueued twice.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>"msteams", "slack" or "terminal": which channel delivers it.</summary>
    public required string ChannelId { get; set; }

    /// <summary>"user:{userId}" for a direct message, "conversation:{conversationId}" for a channel or chat.</summary>
    public required string Recipient { get; set; }

    /// <summary>The card to send (template, data, summary), serialised by the store.</summary>
    public required string Payload { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public string? LastError { get; set; }
}
