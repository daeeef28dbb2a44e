using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack;

public sealed class SlackDeliveryTests
{
    [Fact]
    public async Task Events_SameEventRetriedThreeTimes_ProcessedOnce()
    {
        await using var api = await FakeSlackApi.StartAsync();
        var engine = new FakeEngine();
        await using var host = await SlackTestHost.StartAsync(SqliteSchema.NewFile(), api, engine);
        var body = SlackPayloads.Event("Ev0RETRY", SlackPayloads.DirectMessage("hello there"));

        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(body, retryNum: 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(body, retryNum: 2)).StatusCode);

        await api.WaitForAsync(a => a.Of("chat.postMessage").Count >= 1);
        await WaitAllDoneAsync(host);
        await Task.Delay(200);
        Assert.Single(engine.Turns);
        Assert.Single(api.Of("chat.postMessage"));
    }

    [Fact]
    public async Task Events_ProcessLostAfterAck_ProcessedOnRestart()
    {
        var file = SqliteSchema.NewFile();
        await using var api = await FakeSlackApi.StartAsync();
        var engine = new FakeEngine();
        await using (var first = await SlackTestHost.StartAsync(file, api, engine, runWorker: false))
        {
            var response = await first.PostEventAsync(SlackPayloads.Event("Ev0CRASH", SlackPayloads.DirectMessage("still there?")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Empty(engine.Turns);
        Assert.Empty(api.Calls);

        await using var second = await SlackTestHost.StartAsync(file, api, engine);
        await api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);
        await WaitAllDoneAsync(second);
        var turn = Assert.Single(engine.Turns);
        Assert.Equal("still there?", turn.Text);
        Assert.Equal("D0DM", api.Of("chat.postMessage")[0].Body["channel"]!.ToString());
    }

    [Fact]
    public async Task Events_PostMessageFailsOnce_RetriedUntilDone()
    {
        await using var api = await FakeSlackApi.StartAsync();
        api.Failures["chat.postMessage"] = new([ "internal_error" ]);
        var engine = new FakeEngine();
        await using var host = await SlackTestHost.StartAsync(SqliteSchema.NewFile(), api, engine);
        await host.PostEventAsync(SlackPayloads.Event("Ev0FAIL", SlackPayloads.DirectMessage("try again")));
        await api.WaitForAsync(a => a.Of("chat.postMessage").Count == 2, 30000);
        await WaitAllDoneAsync(host);
    }

    private static async Task WaitAllDoneAsync(SlackTestHost host)
    {
        var dbs = host.App.Services.GetRequiredService<IDbContextFactory<SlackDb>>();
        for (var i = 0; i < 500; i++)
        {
            await using var db = await dbs.CreateDbContextAsync();
            if (await db.Inbox.AllAsync(x => x.Status == SlackInboxStatus.Done)) return;
            await Task.Delay(20);
        }
        throw new TimeoutException("inbox rows not done");
    }
}
