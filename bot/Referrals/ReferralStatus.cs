namespace RecruitBot.Referrals;

/// <summary>Where a referred candidate is, as the referrer is told it (never with private reasons).</summary>
public enum ReferralStatus
{
    Received,
    Contacted,
    Interviewing,
    Hired,
    NotSelected,
    OnHold,
}
