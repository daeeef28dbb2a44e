using RecruitBot.Recruiting;

namespace RecruitBot.Referrals;

/// <summary>A role that just opened; recording it answers with a shortlist of past candidates worth another look.</summary>
public sealed class Opening : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }
    public required string Title { get; set; }
    public required string NormalizedTitle { get; set; }

    /// <summary>Skills or words to look for in past reasons, comma-separated ("kafka, sql").</summary>
    public string Keywords { get; set; } = "";

    public required string OpenedByUserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
