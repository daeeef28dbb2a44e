using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Recruiting;

/// <summary>A person we have considered for a role. Outcomes hang off it as an append-only timeline.</summary>
public sealed class Candidate : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>Lower-cased, accent- and punctuation-folded name used for matching (see <see cref="NameNormalizer"/>).</summary>
    public required string NormalizedName { get; set; }

    /// <summary>Other normalised spellings seen for this person, '|'-separated, so later messages still match.</summary>
    public string Aliases { get; set; } = "";

    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? LinkedInUrl { get; set; }

    public bool DoNotContact { get; set; }
    public string? DoNotContactReason { get; set; }

    /// <summary>The recruiter responsible; defaults to whoever first logged the person.</summary>
    public string? OwnerUserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The write that created this row, so undo can remove a candidate it introduced.</summary>
    public Guid CreatedInBatch { get; set; }

    /// <summary>
    /// The current next-contact date, derived from the latest live outcome event. Kept on the row (and indexed
    /// per tenant) so due scans read an index range instead of replaying every timeline.
    /// </summary>
    public DateOnly? NextContactOn { get; set; }
    public string? NextContactWhy { get; set; }

    public DateTime? LastContactAtUtc { get; set; }

    /// <summary>How we got them: applied, referred or sourced (unknown for older rows).</summary>
    public CandidateSource Source { get; set; }

    /// <summary>Whether they agreed to stay in the talent pool, when, and until when.</summary>
    public PoolConsent PoolConsent { get; set; }
    public DateTime? ConsentAtUtc { get; set; }

    /// <summary>Consent to keep them until this day; a later date than the retention limit extends it.</summary>
    public DateOnly? ConsentUntil { get; set; }
}
