namespace RecruitBot.Conversation.RateLimiting;

/// <summary>
/// The <c>RateLimits</c> section. Turns are limited per user and per tenant (a friendly "slow down" reply);
/// HTTP requests per remote address are a coarse outer guard (429). Defaults leave room for a person typing fast
/// and for a busy tenant; Teams traffic arrives from Microsoft's few addresses, so the per-address guard is generous.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    public TokenBucketLimit PerUser { get; set; } = new() { TokenLimit = 20, TokensPerPeriod = 5, ReplenishmentPeriod = TimeSpan.FromSeconds(15) };

    public TokenBucketLimit PerTenant { get; set; } = new() { TokenLimit = 600, TokensPerPeriod = 150, ReplenishmentPeriod = TimeSpan.FromSeconds(15) };

    /// <summary>HTTP requests one remote address may make per <see cref="PerAddressWindow"/> (sliding window).</summary>
    public int PerAddressPermitLimit { get; set; } = 6000;

    public TimeSpan PerAddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<string> Validate()
    {
        foreach (var e in PerUser.Validate(nameof(PerUser))) yield return e;
        foreach (var e in PerTenant.Validate(nameof(PerTenant))) yield return e;
        if (PerTenant.TokenLimit < PerUser.TokenLimit) yield return $"{Section}:PerTenant:TokenLimit must be at least PerUser:TokenLimit.";
        if (PerAddressPermitLimit < 1) yield return $"{Section}:PerAddressPermitLimit must be at least 1.";
        if (PerAddressWindow < TimeSpan.FromSeconds(1) || PerAddressWindow > TimeSpan.FromHours(1))
            yield return $"{Section}:PerAddressWindow must be between 1 second and 1 hour.";
    }
}
