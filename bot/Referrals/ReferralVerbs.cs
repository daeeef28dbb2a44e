namespace RecruitBot.Referrals;

/// <summary>Card action verbs of the referral and rediscovery cards; templates in cards/ use the same strings.</summary>
public static class ReferralVerbs
{
    public const string Confirm = "referral.confirm";
    public const string Edit = "referral.edit";
    public const string Cancel = "referral.cancel";
    public const string Submit = "referral.submit";
    public const string Consent = "referral.consent";
    public const string ReachOut = "shortlist.reach";
    public const string OpeningSubmit = "opening.submit";
}
