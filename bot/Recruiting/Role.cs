namespace RecruitBot.Recruiting;

/// <summary>An opening, as written and normalised so "Sr. Data Eng" and "Senior Data Engineer" meet.</summary>
public sealed class Role : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }
    public required string Title { get; set; }
    public required string NormalizedTitle { get; set; }
    public string? HiringManagerUserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public Guid CreatedInBatch { get; set; }
}
