using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Nudges.Digest;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack.Processing;

/// <summary>The bot invited to and removed from a Slack channel, through the real host: the digest registry follows.</summary>
public sealed class SlackChannelMembershipTests : IAsyncLifetime
{
    private readonly string _db = SqliteSchema.NewFile();
    private FakeSlackApi _api = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeSlackApi.StartAsync();
        _host = await SlackTestHost.StartRealAsync(_db, _api, now: "2025-11-18T09:00:00");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    private static JsonObject Joined(string user) => new()
    {
        ["type"] = "member_joined_channel", ["user"] = user, ["channel"] = SlackPayloads.Channel, ["channel_type"] = "C",
        ["team"] = SlackPayloads.Team, ["inviter"] = SlackPayloads.Manager, ["event_ts"] = "1700000300.000100",
    };

    private Task<TeamChannel?> ChannelAsync() =>
        _host.App.Services.GetRequiredService<TeamChannels>().FindAsync(SlackPayloads.Team, "slack", SlackPayloads.Channel);

    private async Task<TeamChannel> WaitForAsync(Func<TeamChannel, bool> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await ChannelAsync() is { } c && condition(c)) return c;
            await Task.Delay(50);
        }
        throw new TimeoutException("The channel registry did not change.");
    }

    [Fact]
    public async Task MemberJoinedChannel_Bot_RegisteredInInvitersZoneAndDigestPlanned()
    {
        var ack = await _host.PostEventAsync(SlackPayloads.Event("Ev0JOIN1", Joined(SlackPayloads.Bot)));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var channel = await WaitForAsync(c => c.Enabled);
        Assert.Equal("Europe/Berlin", channel.TimeZoneId); // users.info of the inviter, from the fake API
        // Monday 2025-11-24 07:30 UTC is 08:30 in Berlin: the 09:00 digest is within the plan-ahead hour.
        Assert.Equal(1, await _host.App.Services.GetRequiredService<DigestPlanner>().PlanAsync(new DateTimeOffset(2025, 11, 24, 7, 30, 0, TimeSpan.Zero)));
        await using var db = _host.App.Services.GetRequiredService<RecruitingDbFactory>().For(SlackPayloads.Team);
        Assert.Equal("conversation:" + SlackPayloads.Channel, (await db.Outbox.SingleAsync()).Recipient);
    }

    [Fact]
    public async Task ChannelLeft_AfterJoin_DigestDisabled()
    {
        await _host.PostEventAsync(SlackPayloads.Event("Ev0JOIN2", Joined(SlackPayloads.Bot)));
        await WaitForAsync(c => c.Enabled);

        await _host.PostEventAsync(SlackPayloads.Event("Ev0LEFT2", new JsonObject
        {
            ["type"] = "channel_left", ["channel"] = SlackPayloads.Channel, ["actor_id"] = SlackPayloads.Manager, ["event_ts"] = "1700000400.000100",
        }));

        Assert.False((await WaitForAsync(c => !c.Enabled)).Enabled);
        Assert.Equal(0, await _host.App.Services.GetRequiredService<DigestPlanner>().PlanAsync(new DateTimeOffset(2025, 11, 24, 7, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task MemberJoinedChannel_SomeoneElse_DroppedAtTheDoor()
    {
        var someoneElse = SlackPayloads.Event("Ev0JOIN3", Joined(SlackPayloads.Manager));

        var ack = await _host.PostEventAsync(someoneElse);

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var envelope = RecruitBot.Channels.Slack.Wire.SlackJson.Read<RecruitBot.Channels.Slack.Wire.SlackEventEnvelope>(someoneElse)!;
        Assert.False(RecruitBot.Channels.Slack.SlackEventFilter.Accept(envelope, listenInChannels: true));
        Assert.Equal(0L, StoreSnapshot.Count(_db, "SlackInbox"));
        Assert.Null(await ChannelAsync());
    }
}
