namespace RecruitBot.Referrals;

/// <summary>What storing a referral did: which candidate it landed on and who was told.</summary>
public sealed record ReferralSaved(
    Guid ReferralId,
    Guid CandidateId,
    string CandidateName,
    bool MatchedExisting,
    string? RecruiterUserId,
    bool RecruiterNotified,
    ReferralConsent Consent,
    string? RecruiterName = null);
