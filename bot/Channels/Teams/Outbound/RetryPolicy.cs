using System.Net;
using System.Net.Http.Headers;

namespace RecruitBot.Channels.Teams.Outbound;

/// <summary>Which connector answers are worth retrying, and how long to wait: pure, so tests pin it down.</summary>
public static class RetryPolicy
{
    public static bool IsRetryable(HttpStatusCode status) => (int)status is 429 or 412 or 502 or 503 or 504;

    /// <summary>
    /// Honours <c>Retry-After</c> (capped at <paramref name="max"/>), else exponential from <paramref name="baseDelay"/>
    /// with up to 50% random jitter so many throttled turns do not retry in lockstep.
    /// </summary>
    public static TimeSpan Delay(int attempt, RetryConditionHeaderValue? retryAfter, DateTimeOffset now, TimeSpan baseDelay, TimeSpan max, Random random)
    {
        if (retryAfter?.Delta is { } delta) return Clamp(delta, max);
        if (retryAfter?.Date is { } date) return Clamp(date - now, max);
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        var jittered = exponential * (1 + random.NextDouble() * 0.5);
        return Clamp(TimeSpan.FromMilliseconds(jittered), max);
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan max) =>
        value < TimeSpan.Zero ? TimeSpan.Zero : value > max ? max : value;
}
