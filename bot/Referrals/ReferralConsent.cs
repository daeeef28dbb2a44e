namespace RecruitBot.Referrals;

/// <summary>Whether the referred person agreed to be referred. Only <see cref="Yes"/> lets anyone contact them.</summary>
public enum ReferralConsent
{
    NotYet,
    Yes,
    No,
}
