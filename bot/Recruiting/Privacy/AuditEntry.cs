namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// Who viewed, changed, exported or erased candidate data, and when. The subject is an opaque reference (the
/// candidate id), never a name, so the audit log itself holds no personal data and survives erasure.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }
    public required string ActorUserId { get; set; }

    /// <summary>"view", "change", "export" or "erase".</summary>
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public DateTime AtUtc { get; set; }
}
