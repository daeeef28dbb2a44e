using RecruitBot.Channels.Teams;

namespace RecruitBot.Tests.Channels.Teams;

public class ExpiringCacheTests
{
    private static readonly DateTime Now = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TryGet_BeforeExpiry_Found_AtExpiry_Gone()
    {
        var cache = new ExpiringCache<string, int>(10);
        cache.Set("a", 1, Now.AddMinutes(1), Now);
        Assert.True(cache.TryGet("a", Now.AddSeconds(59), out var v));
        Assert.Equal(1, v);
        Assert.False(cache.TryGet("a", Now.AddMinutes(1), out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Set_AlreadyExpired_NotStored()
    {
        var cache = new ExpiringCache<string, int>(10);
        cache.Set("a", 1, Now, Now);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Set_ManyKeys_NeverExceedsCapacity()
    {
        var cache = new ExpiringCache<int, int>(100);
        for (var i = 0; i < 10_000; i++)
        {
            cache.Set(i, i, Now.AddMinutes(1), Now);
            Assert.True(cache.Count <= 100);
        }
        Assert.True(cache.TryGet(9_999, Now, out _));
    }

    [Fact]
    public void Set_Full_DropsExpiredFirst()
    {
        var cache = new ExpiringCache<int, int>(3);
        cache.Set(1, 1, Now.AddSeconds(1), Now);
        cache.Set(2, 2, Now.AddMinutes(5), Now);
        cache.Set(3, 3, Now.AddMinutes(5), Now);
        cache.Set(4, 4, Now.AddMinutes(5), Now.AddSeconds(2));
        Assert.True(cache.TryGet(2, Now.AddSeconds(2), out _));
        Assert.True(cache.TryGet(4, Now.AddSeconds(2), out _));
        Assert.False(cache.TryGet(1, Now.AddSeconds(2), out _));
    }
}
