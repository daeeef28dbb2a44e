using System.Text.Json.Nodes;
using RecruitBot.Tests.Nudges.Delivery;

namespace RecruitBot.Tests.Channels.Slack.Fakes;

/// <summary>Steps several end-to-end Slack tests start from, done through the endpoints like the tests themselves.</summary>
public static class SlackScenarios
{
    /// <summary>The recruiter's DM as the fake's conversations.open names it.</summary>
    public const string ManagerDm = "D" + SlackPayloads.Manager;

    /// <summary>
    /// The manager logs <paramref name="note"/> (whose follow-up must fall due within <paramref name="wait"/>) in #hiring
    /// and confirms it; the clock moves on by <paramref name="wait"/>; one planning pass and one dispatch batch run.
    /// Returns the nudge DM's chat.postMessage body.
    /// </summary>
    public static async Task<JsonObject> NudgeDeliveredAsync(SlackTestHost host, FakeSlackApi api, ManualClock clock, string note, TimeSpan wait)
    {
        await host.PostEventAsync(SlackPayloads.Event("Ev0SETUP1", SlackPayloads.Mention(note)));
        await api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);
        await host.PostInteractionAsync(SlackBlocks.Press(api.Of("chat.postMessage")[0].Body, "Confirm", "1700000000.000101", "1700000150.000001",
            SlackPayloads.Manager, SlackPayloads.Channel, "1700000100.000100"));
        await api.WaitForAsync(a => a.Of("chat.update").Count == 1);
        clock.Advance(wait);
        Assert.Equal(1, (await host.PlanNudgesAsync()).Nudges);
        Assert.Equal(1, (await host.DispatchAsync()).Sent);
        var nudge = api.Of("chat.postMessage")[^1].Body;
        Assert.Equal(ManagerDm, nudge["channel"]!.ToString());
        return nudge;
    }
}
