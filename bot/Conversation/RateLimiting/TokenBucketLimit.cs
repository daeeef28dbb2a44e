namespace RecruitBot.Conversation.RateLimiting;

/// <summary>One token bucket: a burst of <see cref="TokenLimit"/> turns, refilled by <see cref="TokensPerPeriod"/> each period.</summary>
public sealed class TokenBucketLimit
{
    public int TokenLimit { get; set; }
    public int TokensPerPeriod { get; set; }
    public TimeSpan ReplenishmentPeriod { get; set; }

    public IEnumerable<string> Validate(string name)
    {
        if (TokenLimit < 1) yield return $"{RateLimitOptions.Section}:{name}:TokenLimit must be at least 1.";
        if (TokensPerPeriod < 1 || TokensPerPeriod > TokenLimit)
            yield return $"{RateLimitOptions.Section}:{name}:TokensPerPeriod must be 1..TokenLimit.";
        if (ReplenishmentPeriod < TimeSpan.FromMilliseconds(100) || ReplenishmentPeriod > TimeSpan.FromHours(1))
            yield return $"{RateLimitOptions.Section}:{name}:ReplenishmentPeriod must be between 100 ms and 1 hour.";
    }
}
