using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack;

public sealed class SlackEndpointsTests : IAsyncLifetime
{
    private FakeSlackApi _api = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeSlackApi.StartAsync();
        _host = await SlackTestHost.StartAsync(SqliteSchema.NewFile(), _api, new FakeEngine(), runWorker: false);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    private async Task<int> InboxCountAsync()
    {
        await using var db = await _host.App.Services.GetRequiredService<IDbContextFactory<SlackDb>>().CreateDbContextAsync();
        return await db.Inbox.CountAsync();
    }

    [Fact]
    public async Task Events_UrlVerification_EchoesChallenge()
    {
        var response = await _host.PostEventAsync("{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Events_UrlVerificationUnsigned_Unauthorized()
    {
        var response = await _host.Client.PostAsync("/slack/events",
            new StringContent("{\"type\":\"url_verification\",\"challenge\":\"c\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Events_StaleSignedRequest_UnauthorizedAndNotStored()
    {
        var body = SlackPayloads.Event("EvStale", SlackPayloads.Mention("hello"));
        var response = await _host.PostSignedAsync("/slack/events", body, "application/json", at: DateTimeOffset.UtcNow.AddMinutes(-6));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await InboxCountAsync());
    }

    [Fact]
    public async Task Events_OtherAppId_Forbidden()
    {
        var body = SlackPayloads.Event("EvApp", SlackPayloads.Mention("hello")).Replace("A0APP", "A0OTHER", StringComparison.Ordinal);
        var response = await _host.PostEventAsync(body);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await InboxCountAsync());
    }

    [Fact]
    public async Task Events_BotOwnMessage_AckedNotStored()
    {
        var own = SlackPayloads.DirectMessage("echo");
        own["user"] = SlackPayloads.Bot;
        var response = await _host.PostEventAsync(SlackPayloads.Event("EvOwn", own));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await InboxCountAsync());
    }

    [Fact]
    public async Task Events_BodyOverCap_PayloadTooLarge()
    {
        var response = await _host.PostEventAsync("{\"type\":\"event_callback\",\"pad\":\"" + new string('x', 300 * 1024) + "\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Commands_SslCheck_OkAndNotStored()
    {
        var response = await _host.PostCommandAsync("ssl_check=1&token=x");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await InboxCountAsync());
    }

    [Fact]
    public async Task Commands_EnterpriseGrid_TenantIsEnterpriseAndTeam()
    {
        var form = SlackPayloads.Command("due", "trig-grid", _api.HookUrl("cmd")) + "&enterprise_id=E0ORG";
        Assert.Equal(HttpStatusCode.OK, (await _host.PostCommandAsync(form)).StatusCode);
        await using var db = await _host.App.Services.GetRequiredService<IDbContextFactory<SlackDb>>().CreateDbContextAsync();
        Assert.Equal("E0ORG:T0TEAM", (await db.Inbox.SingleAsync()).TenantId);
    }
}
