namespace RecruitBot.Recruiting;

/// <summary>
/// A conversation's pending dialog, persisted so a confirmation survives a restart. The payload is opaque to the
/// store; the conversation layer owns its shape.
/// </summary>
public sealed class DialogStateRecord : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }
    public required string ConversationId { get; set; }
    public required string UserId { get; set; }
    public required string Kind { get; set; }
    public required string Payload { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>Set once the dialog finished, so a repeated card action answers the same result instead of acting twice.</summary>
    public DateTime? CompletedAtUtc { get; set; }
    public string? CompletionSummary { get; set; }
}
