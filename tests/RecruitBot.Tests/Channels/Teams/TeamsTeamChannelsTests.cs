using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Channels.Teams;
using RecruitBot.Channels.Teams.Wire;
using RecruitBot.Nudges.Digest;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Channels.Teams.Support;
using RecruitBot.Tests.Hosting.Security.Support;

namespace RecruitBot.Tests.Channels.Teams;

/// <summary>The bot added to and removed from a team, through the full web host: the digest registry follows, and the planner sees the channel.</summary>
public sealed class TeamsTeamChannelsTests
{
    private const string TeamConversation = "19:team-general@thread.tacv2";

    private static JsonObject InTeam(JsonObject a) => a
        .With("conversation", new JsonObject { ["conversationType"] = "channel", ["tenantId"] = Activities.Tenant, ["id"] = TeamConversation, ["isGroup"] = true })
        .With("channelData", new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = Activities.Tenant },
            ["team"] = new JsonObject { ["id"] = TeamConversation, ["name"] = "Recruiting" },
            ["eventType"] = "teamMemberAdded",
        });

    private static JsonObject BotAdded(string serviceUrl) =>
        InTeam(Activities.Base(ActivityTypes.ConversationUpdate, serviceUrl)).With("membersAdded", new JsonArray(new JsonObject { ["id"] = Activities.BotId }));

    private static JsonObject BotRemoved(string serviceUrl) =>
        InTeam(Activities.Base(ActivityTypes.ConversationUpdate, serviceUrl)).With("membersRemoved", new JsonArray(new JsonObject { ["id"] = Activities.BotId }));

    private static async Task<TeamChannel?> ChannelAsync(FullBotHost host) =>
        await host.App.Services.GetRequiredService<TeamChannels>().FindAsync(Activities.Tenant, "msteams", TeamConversation);

    [Fact]
    public async Task HandleAsync_BotAddedToTeam_ChannelRegisteredInInstallersZoneAndDigestPlanned()
    {
        await using var host = await FullBotHost.StartAsync();

        var response = await host.PostTeamsAsync(BotAdded(host.Connector.ServiceUrl).ToJsonString(), host.TeamsToken());
        await host.WaitIdleAsync();

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        var channel = await ChannelAsync(host);
        Assert.NotNull(channel);
        Assert.True(channel.Enabled);
        Assert.Equal("Recruiting", channel.Name);
        Assert.Equal("Europe/Berlin", channel.TimeZoneId);
        // Monday 2026-11-23 07:30 UTC is 08:30 in Berlin: the 09:00 digest is within the plan-ahead hour.
        Assert.Equal(1, await host.App.Services.GetRequiredService<DigestPlanner>().PlanAsync(new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero)));
        await using var db = host.App.Services.GetRequiredService<RecruitingDbFactory>().For(Activities.Tenant);
        var row = await db.Outbox.SingleAsync();
        Assert.Equal("conversation:" + TeamConversation, row.Recipient);
        Assert.Equal(new DateTime(2026, 11, 23, 8, 0, 0), row.NextAttemptAtUtc);
    }

    [Fact]
    public async Task HandleAsync_BotRemovedFromTeam_DigestDisabledAndNotPlanned()
    {
        await using var host = await FullBotHost.StartAsync();
        await host.PostTeamsAsync(BotAdded(host.Connector.ServiceUrl).ToJsonString(), host.TeamsToken());
        await host.WaitIdleAsync();

        var response = await host.PostTeamsAsync(BotRemoved(host.Connector.ServiceUrl).ToJsonString(), host.TeamsToken());
        await host.WaitIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await ChannelAsync(host))!.Enabled);
        Assert.Equal(0, await host.App.Services.GetRequiredService<DigestPlanner>().PlanAsync(new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Classify_PersonalInstallAndOtherMembers_NotATeamChannel()
    {
        var personal = SerializeBack(Activities.Base(ActivityTypes.InstallationUpdate, "https://x").With("action", "add"));
        var otherMember = SerializeBack(InTeam(Activities.Base(ActivityTypes.ConversationUpdate, "https://x"))
            .With("membersAdded", new JsonArray(new JsonObject { ["id"] = "29:someone-else" })));
        var teamInstall = SerializeBack(InTeam(Activities.Base(ActivityTypes.InstallationUpdate, "https://x")).With("action", "add"));
        var teamUninstall = SerializeBack(InTeam(Activities.Base(ActivityTypes.InstallationUpdate, "https://x")).With("action", "remove"));

        Assert.Null(TeamsTeamChannels.Classify(personal));
        Assert.Null(TeamsTeamChannels.Classify(otherMember));
        Assert.True(TeamsTeamChannels.Classify(teamInstall));
        Assert.False(TeamsTeamChannels.Classify(teamUninstall));
    }

    private static Activity SerializeBack(JsonObject o) => System.Text.Json.JsonSerializer.Deserialize<Activity>(o.ToJsonString(), TeamsJson.Options)!;
}
