using RecruitBot.Recruiting.Privacy;
using RecruitBot.Tests.Nudges.Delivery;

namespace RecruitBot.Tests.Recruiting.Privacy;

public sealed class TenantRetentionCacheTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2025-11-18T09:00:00Z");

    [Fact]
    public void TryGet_WithinMaxAge_ReturnsRemembered()
    {
        var clock = new ManualClock(Start);
        var cache = new TenantRetentionCache(clock);
        cache.Remember("t1", 12, cache.Generation, cache.Now());
        clock.Advance(TenantRetentionCache.MaxAge - TimeSpan.FromSeconds(1));

        Assert.True(cache.TryGet("t1", out var months));
        Assert.Equal(12, months);
        Assert.False(cache.TryGet("t2", out _));
    }

    [Fact]
    public void TryGet_AfterMaxAge_ReadsAgain()
    {
        var clock = new ManualClock(Start);
        var cache = new TenantRetentionCache(clock);
        cache.Remember("t1", 12, cache.Generation, cache.Now());
        clock.Advance(TenantRetentionCache.MaxAge);

        Assert.False(cache.TryGet("t1", out _));
    }

    [Fact]
    public void Remember_ChangedWhileReading_NotKept()
    {
        var cache = new TenantRetentionCache(new ManualClock(Start));
        var before = cache.Generation;
        var readAt = cache.Now();
        cache.Forget("t1"); // an admin's change committed while the read was in flight

        cache.Remember("t1", 24, before, readAt);

        Assert.False(cache.TryGet("t1", out _));
    }

    [Fact]
    public void Forget_AfterRemember_ReadsAgain()
    {
        var cache = new TenantRetentionCache(new ManualClock(Start));
        cache.Remember("t1", 24, cache.Generation, cache.Now());

        cache.Forget("t1");

        Assert.False(cache.TryGet("t1", out _));
    }
}
