using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Nudges.Delivery;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack;

/// <summary>
/// The weekly digest in a Slack channel: the channel the bot is mentioned in becomes a team channel, "digest" there
/// shows its settings, and on Monday the planner's digest is posted to the channel through the fake Slack Web API.
/// </summary>
public sealed class SlackDigestEndToEndTests : SlackEndToEndTest
{
    private const string Note = "Interviewed Dana Fox for Backend Engineer, weak on system design, went with someone else. Check back in 2 days";


    [Fact]
    public async Task MentionedInChannel_DigestAskedThenMondayComes_ChannelRegisteredAndDigestPostedThere()
    {
        // The hiring manager logs an interview in #hiring: the bot's first mention there.
        await Host.PostEventAsync(SlackPayloads.Event("Ev0DIGEST0", SlackPayloads.Mention(Note)));
        await Api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);
        await Host.PostInteractionAsync(SlackBlocks.Press(Api.Of("chat.postMessage")[0].Body, "Confirm", "1700000000.000101", "1700000150.000001",
            SlackPayloads.Manager, SlackPayloads.Channel, "1700000100.000100"));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == 1);

        var posts = Api.Of("chat.postMessage").Count;
        await Host.PostEventAsync(SlackPayloads.Event("Ev0DIGEST1", SlackPayloads.Mention("digest", "1700000500.000100")));
        await Api.WaitForAsync(a => a.Of("chat.postMessage").Count > posts);

        var settings = Api.Of("chat.postMessage")[^1].Body;
        Assert.Equal((SlackPayloads.Channel, "1700000500.000100"), (settings["channel"]!.ToString(), settings["thread_ts"]!.ToString()));
        Assert.Equal("Weekly digest: Mondays at 09:00 (Europe/Berlin). Candidate names: hidden (counts only).", settings["text"]!.ToString());

        // Monday 24 Nov, 09:00 in Berlin: the scheduler plans the channel's digest and the dispatcher posts it.
        Clock.Advance(new DateTimeOffset(2025, 11, 24, 8, 0, 0, TimeSpan.Zero) - Clock.GetUtcNow());
        Assert.Equal(1, await Host.PlanDigestsAsync());
        var before = Api.Calls.Count;
        Assert.Equal(1, (await Host.DispatchAsync()).Sent);

        var digest = Assert.Single(Api.Calls.Skip(before));
        Assert.Equal("chat.postMessage", digest.Method);
        Assert.Equal(SlackPayloads.Channel, digest.Body["channel"]!.ToString());
        Assert.Null(digest.Body["thread_ts"]);
        Assert.StartsWith("Weekly recruiting digest · week of 24 Nov 2025", digest.Body["text"]!.ToString(), StringComparison.Ordinal);
        var shown = SlackBlocks.Text(digest.Body);
        Assert.Contains("1 past candidates are due for a check-in this week.", shown, StringComparison.Ordinal);
        Assert.Contains("1 outcomes: 1 rejected.", shown, StringComparison.Ordinal);
        // Names hidden by default, reasons always: the channel sees counts only.
        Assert.DoesNotContain("Dana Fox", digest.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("system design", digest.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestTurnedOff_BotMentionedAgain_ChannelStaysOff()
    {
        Assert.Equal("Weekly digest turned off for this channel. Say \"digest on\" to turn it back on.", await MentionAsync("digest off", 1));
        await MentionAsync("who is due", 2);

        Assert.Equal("Weekly digest: off. Candidate names: hidden (counts only).", await MentionAsync("digest", 3));
        Clock.Advance(TimeSpan.FromDays(6)); // Monday 24 Nov, 10:00 in Berlin
        Assert.Equal(0, await Host.PlanDigestsAsync());
    }

    /// <summary>Mentions the bot in #hiring; returns the text of its threaded answer.</summary>
    private async Task<string> MentionAsync(string text, int n)
    {
        var posts = Api.Of("chat.postMessage").Count;
        await Host.PostEventAsync(SlackPayloads.Event($"Ev0DIGOFF{n}", SlackPayloads.Mention(text, $"17000006{n:D2}.000100")));
        await Api.WaitForAsync(a => a.Of("chat.postMessage").Count > posts);
        await Host.WaitIdleAsync();
        return Api.Of("chat.postMessage")[^1].Body["text"]!.ToString();
    }
}
