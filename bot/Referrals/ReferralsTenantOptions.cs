namespace RecruitBot.Referrals;

/// <summary>One tenant's overrides of <see cref="ReferralsOptions"/>; null means "use the global value".</summary>
public sealed class ReferralsTenantOptions
{
    public string? DefaultRecruiter { get; set; }
    public bool? ThankYouRoll { get; set; }
}
