namespace RecruitBot.Referrals;

/// <summary>A referral being collected: the persisted state of the referral dialog.</summary>
public sealed class ReferralDraft
{
    public const string Kind = "referral";

    public ReferralStage Stage { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? LinkedInUrl { get; set; }
    public string? Role { get; set; }
    public string? Relationship { get; set; }
    public string? Why { get; set; }
    public ReferralConsent? Consent { get; set; }

    /// <summary>Set when a past candidate suggested the person; they are the referrer, not the user.</summary>
    public Guid? ReferrerCandidateId { get; set; }
    public string? ReferrerCandidateName { get; set; }

    /// <summary>A recruiter passing on a suggestion may not have contact details; they can say so once.</summary>
    public bool ContactSkipped { get; set; }

    public string? SourceText { get; set; }

    public bool HasContact => Email is not null || Phone is not null || LinkedInUrl is not null;

    public string Contact => string.Join(" · ", new[] { Email, Phone, LinkedInUrl }.Where(x => !string.IsNullOrEmpty(x)));

    public string FirstName => (Name ?? "them").Split(' ')[0];

    public void Merge(ReferralFields f)
    {
        Name ??= f.Name;
        Email ??= f.Email;
        Phone ??= f.Phone;
        LinkedInUrl ??= f.LinkedInUrl;
        Role ??= f.Role;
        Relationship ??= f.Relationship;
        Why ??= f.Why;
        Consent ??= f.Consent;
    }

    /// <summary>Moves to the first missing piece; everything known means the confirm card.</summary>
    public void Advance()
    {
        Stage = string.IsNullOrWhiteSpace(Name) ? ReferralStage.AskName
            : !HasContact && !ContactSkipped ? ReferralStage.AskContact
            : string.IsNullOrWhiteSpace(Relationship) ? ReferralStage.AskRelationship
            : string.IsNullOrWhiteSpace(Why) ? ReferralStage.AskWhy
            : Consent is null ? ReferralStage.AskConsent
            : ReferralStage.Confirm;
    }
}
