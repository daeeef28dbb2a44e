using System.Net;
using System.Net.Http.Headers;
using RecruitBot.Channels.Teams.Outbound;

namespace RecruitBot.Tests.Channels.Teams.Outbound;

public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(429, true)]
    [InlineData(412, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(500, false)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public void IsRetryable_Status_OnlyTransient(int status, bool expected) => Assert.Equal(expected, RetryPolicy.IsRetryable((HttpStatusCode)status));

    [Fact]
    public void Delay_RetryAfterSeconds_Honoured() =>
        Assert.Equal(TimeSpan.FromSeconds(3), RetryPolicy.Delay(0, new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)), Now, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), new Random(1)));

    [Fact]
    public void Delay_RetryAfterBeyondCap_Capped() =>
        Assert.Equal(TimeSpan.FromSeconds(10), RetryPolicy.Delay(0, new RetryConditionHeaderValue(TimeSpan.FromHours(1)), Now, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), new Random(1)));

    [Fact]
    public void Delay_NoRetryAfter_ExponentialWithBoundedJitter()
    {
        var random = new Random(42);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var d = RetryPolicy.Delay(attempt, null, Now, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), random);
            var floor = 100 * Math.Pow(2, attempt);
            Assert.InRange(d.TotalMilliseconds, floor, floor * 1.5);
        }
    }
}
