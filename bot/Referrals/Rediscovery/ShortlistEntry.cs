using RecruitBot.Recruiting;

namespace RecruitBot.Referrals.Rediscovery;

/// <summary>One past candidate worth another look, with what the recruiter needs to decide.</summary>
public sealed record ShortlistEntry(
    Guid CandidateId,
    string Name,
    string Why,
    Outcome LastOutcome,
    string? LastRole,
    DateTime LastOutcomeAtUtc,
    DateTime? LastContactAtUtc,
    string? Email,
    IReadOnlyList<string> Blockers,
    ReferralConsent? Consent,
    bool CanReachOut);
