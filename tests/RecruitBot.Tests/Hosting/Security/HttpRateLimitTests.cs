using System.Net;
using RecruitBot.Tests.Hosting.Security.Support;

namespace RecruitBot.Tests.Hosting.Security;

public sealed class HttpRateLimitTests
{
    [Fact]
    public async Task Get_OverPerAddressLimit_429WithRetryAfter()
    {
        await using var host = await FullBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimits:PerAddressPermitLimit"] = "3",
            ["RateLimits:PerAddressWindow"] = "00:01:00",
        });
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);

        var limited = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
    }
}
