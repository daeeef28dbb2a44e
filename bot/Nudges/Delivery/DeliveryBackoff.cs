namespace RecruitBot.Nudges.Delivery;

/// <summary>How long to wait before the next attempt: pure, so tests pin it down.</summary>
public static class DeliveryBackoff
{
    /// <summary>
    /// The channel's Retry-After wins when given (never sooner than asked, capped at <paramref name="maxRetryAfter"/>);
    /// otherwise exponential from <paramref name="min"/> per failed attempt with up to 50% jitter, capped at
    /// <paramref name="max"/>, so many throttled rows do not come back in lockstep.
    /// </summary>
    public static TimeSpan Delay(int attempts, TimeSpan? retryAfter, TimeSpan min, TimeSpan max, TimeSpan maxRetryAfter, Random random)
    {
        if (retryAfter is { } asked)
        {
            if (asked < min) asked = min;
            return asked > maxRetryAfter ? maxRetryAfter : asked;
        }
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ms = min.TotalMilliseconds * Math.Pow(2, exponent) * (1 + random.NextDouble() * 0.5);
        return ms >= max.TotalMilliseconds ? max : TimeSpan.FromMilliseconds(ms);
    }
}
