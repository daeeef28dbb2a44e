using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RecruitBot.Conversation.RateLimiting;

/// <summary>
/// Wraps the engine: a turn over the user's or the tenant's token bucket gets a friendly "slow down" reply and never
/// reaches the engine (no parsing, no store). Buckets refill on the real clock (the limiter's own timer), whatever
/// business clock the host runs; idle buckets are dropped by the partitioned limiter, so memory stays bounded.
/// </summary>
public sealed class RateLimitedConversationEngine : IConversationEngine, IAsyncDisposable
{
    public const string SlowDownText = "You're going a bit fast — give me a few seconds and try again.";

    private readonly IConversationEngine _inner;
    private readonly PartitionedRateLimiter<IncomingMessage> _limiter;
    private readonly ILogger<RateLimitedConversationEngine> _log;

    public RateLimitedConversationEngine(IConversationEngine inner, IOptions<RateLimitOptions> options, ILogger<RateLimitedConversationEngine> log)
    {
        _inner = inner;
        _log = log;
        var o = options.Value;
        var perUser = PartitionedRateLimiter.Create<IncomingMessage, string>(m =>
            RateLimitPartition.GetTokenBucketLimiter(UserKey(m), _ => Bucket(o.PerUser)));
        var perTenant = PartitionedRateLimiter.Create<IncomingMessage, string>(m =>
            RateLimitPartition.GetTokenBucketLimiter(TenantKey(m), _ => Bucket(o.PerTenant)));
        _limiter = PartitionedRateLimiter.CreateChained(perUser, perTenant);
    }

    public async Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        using (var lease = _limiter.AttemptAcquire(message))
        {
            if (!lease.IsAcquired)
            {
                // Ids and text stay out of the log: they identify people.
                _log.LogInformation("Turn rate-limited on channel {Channel}", message.ChannelId);
                return TurnResult.Say(new TextReply(SlowDownText));
            }
        }
        return await _inner.HandleAsync(message, cancellationToken);
    }

    public static string UserKey(IncomingMessage m) => $"{m.ChannelId}\n{m.TenantId}\n{m.User.Id}";

    public static string TenantKey(IncomingMessage m) => $"{m.ChannelId}\n{m.TenantId}";

    private static TokenBucketRateLimiterOptions Bucket(TokenBucketLimit limit) => new()
    {
        TokenLimit = limit.TokenLimit,
        TokensPerPeriod = limit.TokensPerPeriod,
        ReplenishmentPeriod = limit.ReplenishmentPeriod,
        AutoReplenishment = true,
        QueueLimit = 0,
    };

    public async ValueTask DisposeAsync() => await _limiter.DisposeAsync();
}
