namespace RecruitBot.Referrals;

/// <summary>What a message said about a referral; null for anything it did not say.</summary>
public sealed record ReferralFields(
    string? Name = null,
    string? Email = null,
    string? Phone = null,
    string? LinkedInUrl = null,
    string? Role = null,
    string? Relationship = null,
    string? Why = null,
    ReferralConsent? Consent = null);
