using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack.OAuth;

public sealed class SlackOAuthEndpointsTests
{
    [Fact]
    public async Task Callback_StateFromStart_InstallationStoredForSlacksTeam()
    {
        await using var api = await FakeSlackApi.StartAsync();
        await using var host = await SlackTestHost.StartAsync(SqliteSchema.NewFile(), api, new FakeEngine(), runWorker: false);

        var start = await host.Client.GetAsync("/slack/oauth/start");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var location = start.Headers.Location!.ToString();
        Assert.StartsWith("https://slack.com/oauth/v2/authorize?client_id=111.222&", location, StringComparison.Ordinal);
        Assert.Contains("scope=app_mentions:read,channels:read,chat:write,commands,files:write,groups:read,im:history,im:write,users:read&", Uri.UnescapeDataString(location), StringComparison.Ordinal);
        var state = Uri.UnescapeDataString(location.Split("state=")[1].Split('&')[0]);
        var cookie = start.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        var callback = new HttpRequestMessage(HttpMethod.Get, $"/slack/oauth/callback?code=abc&state={Uri.EscapeDataString(state)}&team=T0SPOOF");
        callback.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(callback)).StatusCode);

        Assert.Equal("abc", api.Of("oauth.v2.access").Single().Body["code"]!.ToString());
        await using var db = await host.App.Services.GetRequiredService<IDbContextFactory<SlackDb>>().CreateDbContextAsync();
        var installed = await db.Installations.SingleAsync();
        Assert.Equal("T0INSTALL", installed.TenantId);
        Assert.Equal("xoxb-installed", installed.BotToken);
    }

    [Fact]
    public async Task Callback_WithTokenEncryptionKey_TokenSealedAtRestAndOpenedForItsTenant()
    {
        await using var api = await FakeSlackApi.StartAsync();
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var host = await SlackTestHost.StartAsync(SqliteSchema.NewFile(), api, new FakeEngine(), runWorker: false,
            settings: new Dictionary<string, string?> { ["Slack:TokenEncryptionKey"] = key });
        var start = await host.Client.GetAsync("/slack/oauth/start");
        var state = Uri.UnescapeDataString(start.Headers.Location!.ToString().Split("state=")[1].Split('&')[0]);
        var callback = new HttpRequestMessage(HttpMethod.Get, $"/slack/oauth/callback?code=abc&state={Uri.EscapeDataString(state)}");
        callback.Headers.Add("Cookie", start.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(callback)).StatusCode);

        await using (var db = await host.App.Services.GetRequiredService<IDbContextFactory<SlackDb>>().CreateDbContextAsync())
        {
            var stored = (await db.Installations.SingleAsync()).BotToken;
            Assert.StartsWith(RecruitBot.Channels.Slack.Security.SlackTokenCipher.Prefix, stored, StringComparison.Ordinal);
            Assert.DoesNotContain("xoxb", stored, StringComparison.Ordinal);
        }
        var tokens = host.App.Services.GetRequiredService<RecruitBot.Channels.Slack.Processing.SlackTokens>();
        Assert.Equal("xoxb-installed", await tokens.ForTenantAsync("T0INSTALL"));
    }

    [Fact]
    public async Task Callback_StateWithoutCookie_BadRequestAndNoExchange()
    {
        await using var api = await FakeSlackApi.StartAsync();
        await using var host = await SlackTestHost.StartAsync(SqliteSchema.NewFile(), api, new FakeEngine(), runWorker: false);
        var start = await host.Client.GetAsync("/slack/oauth/start");
        var state = Uri.UnescapeDataString(start.Headers.Location!.ToString().Split("state=")[1].Split('&')[0]);

        var response = await host.Client.GetAsync($"/slack/oauth/callback?code=abc&state={Uri.EscapeDataString(state)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(api.Of("oauth.v2.access"));
    }
}
