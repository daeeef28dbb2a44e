using RecruitBot.Nudges.Delivery;

namespace RecruitBot.Tests.Nudges.Delivery;

public sealed class DeliveryBackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(5), Max = TimeSpan.FromMinutes(10), MaxRetryAfter = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(4, 40)]
    public void Delay_NoRetryAfter_ExponentialWithUpToHalfJitter(int attempts, double baseSeconds)
    {
        var random = new Random(42);
        for (var i = 0; i < 50; i++)
            Assert.InRange(DeliveryBackoff.Delay(attempts, null, Min, Max, MaxRetryAfter, random).TotalSeconds, baseSeconds, baseSeconds * 1.5);
    }

    [Fact]
    public void Delay_ManyAttempts_CappedAtMax() =>
        Assert.Equal(Max, DeliveryBackoff.Delay(40, null, Min, Max, MaxRetryAfter, new Random(1)));

    [Fact]
    public void Delay_JitterSpreadsRetries_NotAllEqual()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 20).Select(_ => DeliveryBackoff.Delay(3, null, Min, Max, MaxRetryAfter, random)).Distinct().Count();
        Assert.True(delays > 10, $"only {delays} distinct delays");
    }

    [Fact]
    public void Delay_RetryAfterLongerThanMax_HonouredNotShortened() =>
        Assert.Equal(TimeSpan.FromMinutes(30), DeliveryBackoff.Delay(1, TimeSpan.FromMinutes(30), Min, Max, MaxRetryAfter, new Random(1)));

    [Fact]
    public void Delay_RetryAfterAbsurd_CappedAtMaxRetryAfter() =>
        Assert.Equal(MaxRetryAfter, DeliveryBackoff.Delay(1, TimeSpan.FromDays(3), Min, Max, MaxRetryAfter, new Random(1)));

    [Fact]
    public void Delay_RetryAfterBelowMin_RaisedToMin() =>
        Assert.Equal(Min, DeliveryBackoff.Delay(1, TimeSpan.Zero, Min, Max, MaxRetryAfter, new Random(1)));
}
