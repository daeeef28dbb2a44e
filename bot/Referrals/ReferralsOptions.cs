namespace RecruitBot.Referrals;

/// <summary>
/// Referral and rediscovery settings, bound from <c>Referrals</c>. <see cref="Tenants"/> overrides values per tenant
/// (<c>Referrals:Tenants:{tenantId}:DefaultRecruiter</c>); anything a tenant leaves unset falls back to the global value.
/// </summary>
public sealed class ReferralsOptions
{
    public const string Section = "Referrals";

    /// <summary>User id notified about a referral when the role has no known owner.</summary>
    public string? DefaultRecruiter { get; set; }

    public int ShortlistSize { get; set; } = 10;

    /// <summary>Whether the weekly digest may name referrers in a thank-you roll (the team must opt in).</summary>
    public bool ThankYouRoll { get; set; }

    /// <summary>How often the background sync turns logged outcomes into referrer updates.</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMinutes(5);

    public Dictionary<string, ReferralsTenantOptions> Tenants { get; set; } = new(StringComparer.Ordinal);

    public string? DefaultRecruiterFor(string tenantId) => Tenant(tenantId)?.DefaultRecruiter ?? DefaultRecruiter;

    public bool ThankYouRollFor(string tenantId) => Tenant(tenantId)?.ThankYouRoll ?? ThankYouRoll;

    private ReferralsTenantOptions? Tenant(string tenantId) => Tenants.GetValueOrDefault(tenantId);

    public IEnumerable<string> Validate()
    {
        if (ShortlistSize is < 1 or > 50) yield return "Referrals:ShortlistSize must be between 1 and 50.";
        if (SyncInterval < TimeSpan.FromSeconds(10)) yield return "Referrals:SyncInterval must be at least 10 seconds.";
    }
}
