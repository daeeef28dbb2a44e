namespace RecruitBot.Recruiting;

/// <summary>A note or a contact on a candidate's timeline.</summary>
public sealed class TimelineNote : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }
    public Guid CandidateId { get; set; }
    public NoteKind Kind { get; set; }
    public required string Text { get; set; }
    public required string ByUserId { get; set; }
    public DateTime AtUtc { get; set; }
    public Guid BatchId { get; set; }
    public DateTime? RetractedAtUtc { get; set; }
}
