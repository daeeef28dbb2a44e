using RecruitBot.Recruiting;

namespace RecruitBot.Referrals;

/// <summary>
/// Someone recommended a person for a role. The referrer is either a colleague (<see cref="ReferrerUserId"/>, who gets
/// status updates) or a past candidate (<see cref="ReferrerCandidateId"/>, shown on both timelines).
/// </summary>
public sealed class Referral : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }

    /// <summary>The referred person (new or an existing candidate the referral was attached to).</summary>
    public Guid CandidateId { get; set; }

    public string? ReferrerUserId { get; set; }
    public Guid? ReferrerCandidateId { get; set; }
    public required string ReferrerName { get; set; }

    /// <summary>Who told the bot: the referrer, or a recruiter passing on a past candidate's suggestion.</summary>
    public required string RecordedByUserId { get; set; }

    public string? RoleTitle { get; set; }
    public required string Relationship { get; set; }
    public required string Why { get; set; }

    public ReferralConsent Consent { get; set; }
    public DateTime? ConsentAtUtc { get; set; }

    public ReferralStatus Status { get; set; }

    /// <summary>When <see cref="Status"/> last changed; only newer outcomes and contacts move it again.</summary>
    public DateTime StatusChangedAtUtc { get; set; }

    /// <summary>The recruiter can switch the referrer's updates off for one referral.</summary>
    public bool UpdatesEnabled { get; set; } = true;

    public string? RecruiterUserId { get; set; }

    /// <summary>True when the person was already a candidate and the referral was attached to them.</summary>
    public bool MatchedExisting { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
