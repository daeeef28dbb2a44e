using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Nudges;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Nudges.Delivery;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack;

/// <summary>
/// Issue 5 end to end through the Slack endpoints: an outcome logged with a short follow-up, two days pass on the
/// business clock, the nudge card reaches the recruiter's DM through the fake Slack Web API, and pressing its
/// buttons (echoing the signed values Slack received) stores the contact and updates the card in place.
/// </summary>
public sealed class SlackNudgeEndToEndTests : SlackEndToEndTest
{
    private const string Note = "Interviewed Dana Fox for Backend Engineer, good API design, went with someone else. Check back in 2 days";
    private const string Dm = SlackScenarios.ManagerDm;


    [Fact]
    public async Task OutcomeWithTwoDayFollowUp_ClockAdvancedContactedNotInterested_NudgeDeliveredContactStoredCardUpdated()
    {
        // Tuesday: the hiring manager logs the interview in #hiring and confirms the draft.
        const string postTs = "1700000100.000100";
        var ack = await Host.PostEventAsync(SlackPayloads.Event("Ev0NUDGE1", SlackPayloads.Mention(Note, postTs)));
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await Api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);
        var confirm = Api.Of("chat.postMessage")[0].Body;
        Assert.Equal("Please confirm: Dana Fox, runner-up for Backend Engineer, next contact 20 Nov 2025", confirm["text"]!.ToString());

        await Host.PostInteractionAsync(SlackBlocks.Press(confirm, "Confirm", "1700000000.000101", "1700000150.000001", SlackPayloads.Manager, SlackPayloads.Channel, postTs));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == 1);
        Assert.StartsWith("Logged ✓ Dana Fox", Api.Of("chat.update")[0].Body["text"]!.ToString(), StringComparison.Ordinal);

        // Tuesday's planning pass finds nobody due.
        Assert.Equal(0, (await Host.PlanNudgesAsync()).Nudges);

        // Thursday 10:00 Berlin: the scheduler plans the nudge, the dispatcher DMs it.
        Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, (await Host.PlanNudgesAsync()).Nudges);
        var dispatched = await Host.DispatchAsync();
        Assert.Equal((1, 1), (dispatched.Leased, dispatched.Sent));

        var open = Assert.Single(Api.Of("conversations.open"));
        Assert.Equal(SlackPayloads.Manager, open.Body["users"]!.ToString());
        Assert.Equal("Bearer xoxb-test", open.Auth);
        var nudge = Api.Of("chat.postMessage")[^1].Body;
        Assert.Equal(Dm, nudge["channel"]!.ToString());
        Assert.Null(nudge["thread_ts"]);
        Assert.Contains("Dana Fox", SlackBlocks.Text(nudge), StringComparison.Ordinal);
        Assert.Contains("Backend Engineer", SlackBlocks.Text(nudge), StringComparison.Ordinal);
        Assert.Equal(["Contacted", "Snooze", "Do not contact", "Draft a check-in", "Show history"], SlackBlocks.Labels(nudge));

        // Contacted: the card is replaced in place by its "how did they respond?" state.
        const string nudgeTs = "1700000300.000001";
        var posts = Api.Of("chat.postMessage").Count;
        await Host.PostInteractionAsync(SlackBlocks.Press(nudge, "Contacted", nudgeTs, "1700000310.000001", SlackPayloads.Manager, Dm));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == 2 && a.Of("chat.postMessage").Count == posts + 1);
        var asking = Api.Of("chat.update")[1].Body;
        Assert.Equal((Dm, nudgeTs), (asking["channel"]!.ToString(), asking["ts"]!.ToString()));
        Assert.Equal(["Interested", "Maybe later", "Not interested", "Knows someone", "Wrong fit"], SlackBlocks.Labels(asking));
        Assert.Equal("How did Dana Fox respond?", Api.Of("chat.postMessage")[^1].Body["text"]!.ToString());

        // Not interested, pressed on the updated card: stored once, and the card now shows what was done.
        await Host.PostInteractionAsync(SlackBlocks.Press(asking, "Not interested", nudgeTs, "1700000320.000001", SlackPayloads.Manager, Dm));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == 3 && a.Of("chat.postMessage").Count == posts + 2);
        var done = Api.Of("chat.update")[2].Body;
        Assert.Equal((Dm, nudgeTs), (done["channel"]!.ToString(), done["ts"]!.ToString()));
        Assert.Contains("Contacted 20 Nov 2025: not interested", SlackBlocks.Text(done), StringComparison.Ordinal);
        Assert.DoesNotContain("Not interested", SlackBlocks.Labels(done));
        Assert.DoesNotContain("Contacted", SlackBlocks.Labels(done));
        var said = Api.Of("chat.postMessage")[^1].Body;
        Assert.Equal(Dm, said["channel"]!.ToString());
        Assert.StartsWith("Contacted 20 Nov 2025: not interested", said["text"]!.ToString(), StringComparison.Ordinal);

        // A second click on the stale "Not interested" (Slack delivers both) changes nothing and says so.
        await Host.PostInteractionAsync(SlackBlocks.Press(asking, "Not interested", nudgeTs, "1700000321.000001", SlackPayloads.Manager, Dm));
        await Api.WaitForAsync(a => a.Of("chat.postMessage").Count == posts + 3);
        Assert.StartsWith("Already done: Contacted 20 Nov 2025: not interested", Api.Of("chat.postMessage")[^1].Body["text"]!.ToString(), StringComparison.Ordinal);

        await using var db = Db();
        var dana = await db.Candidates.AsNoTracking().SingleAsync();
        Assert.Equal("Dana Fox", dana.DisplayName);
        Assert.Equal(new DateTime(2025, 11, 20, 9, 0, 0, DateTimeKind.Utc), dana.LastContactAtUtc);
        var contact = await db.Notes.AsNoTracking().SingleAsync(n => n.Kind == NoteKind.Contact);
        Assert.Equal((dana.Id, "not interested", SlackPayloads.Manager), (contact.CandidateId, contact.Text, contact.ByUserId));
        var action = await db.Set<NudgeActionRecord>().AsNoTracking().SingleAsync();
        Assert.Equal(("contacted", SlackPayloads.Manager, dana.Id), (action.Action, action.ByUserId, action.CandidateId));
        Assert.StartsWith("Contacted 20 Nov 2025: not interested", action.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NudgeButton_PressedByAnotherUser_RefusedAndNothingStored()
    {
        var nudge = await NudgeDeliveredAsync();

        // Someone else in the workspace replays the recruiter's button (same signed value) from their own Slack.
        var before = Api.Calls.Count;
        await Host.PostInteractionAsync(SlackBlocks.Press(nudge, "Contacted", "1700000300.000001", "1700000310.000001", "UOTHER", "DUOTHER"));
        await Api.WaitForAsync(a => a.Calls.Skip(before).Any(c => c.Method == "chat.postMessage"));

        var refusal = Api.Calls.Skip(before).Single(c => c.Method == "chat.postMessage").Body;
        Assert.Contains("isn't yours", refusal["text"]!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Api.Calls.Skip(before), c => c.Method == "chat.update");
        await using var db = Db();
        Assert.False(await db.Notes.AnyAsync(n => n.Kind == NoteKind.Contact));
        Assert.False(await db.Set<NudgeActionRecord>().AnyAsync());
    }

    [Fact]
    public async Task NudgeDoNotContact_ReasonSubmittedInModal_CandidateMarkedAndNudgeCardUpdated()
    {
        var nudge = await NudgeDeliveredAsync();
        const string nudgeTs = "1700000300.000001";

        await Host.PostInteractionAsync(SlackBlocks.Press(nudge, "Do not contact", nudgeTs, "1700000310.000001", SlackPayloads.Manager, Dm));
        await Api.WaitForAsync(a => a.Of("views.open").Count == 1);
        var view = Api.Of("views.open")[0].Body["view"]!.AsObject();
        Assert.Equal("trig-1700000310.000001", Api.Of("views.open")[0].Body["trigger_id"]!.ToString());
        Assert.Contains("Dana Fox will not be nudged about again", SlackBlocks.Text(view), StringComparison.Ordinal);
        var updates = Api.Of("chat.update").Count;

        await Host.PostInteractionAsync(SlackBlocks.Submit(view, new Dictionary<string, string> { ["reason"] = "asked us not to get in touch" }, SlackPayloads.Manager));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == updates + 1);

        var done = Api.Of("chat.update")[^1].Body;
        Assert.Equal((Dm, nudgeTs), (done["channel"]!.ToString(), done["ts"]!.ToString()));
        Assert.Contains("Marked do-not-contact (asked us not to get in touch)", SlackBlocks.Text(done), StringComparison.Ordinal);
        Assert.DoesNotContain("Contacted", SlackBlocks.Labels(done));
        await using var db = Db();
        var dana = await db.Candidates.AsNoTracking().SingleAsync();
        Assert.Equal((true, "asked us not to get in touch", (DateOnly?)null), (dana.DoNotContact, dana.DoNotContactReason, dana.NextContactOn));
    }

    [Fact]
    public async Task NudgeSnooze_DatePickedInModal_NextContactMovedAndNudgeCardUpdated()
    {
        var nudge = await NudgeDeliveredAsync();
        const string nudgeTs = "1700000300.000001";

        await Host.PostInteractionAsync(SlackBlocks.Press(nudge, "Snooze", nudgeTs, "1700000310.000001", SlackPayloads.Manager, Dm));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == 2);
        var snoozing = Api.Of("chat.update")[1].Body;
        Assert.Equal(["Show history", "2 weeks", "1 month", "3 months", "Pick a date…"], SlackBlocks.Labels(snoozing));

        await Host.PostInteractionAsync(SlackBlocks.Press(snoozing, "Pick a date…", nudgeTs, "1700000320.000001", SlackPayloads.Manager, Dm));
        await Api.WaitForAsync(a => a.Of("views.open").Count == 1);
        var view = Api.Of("views.open")[0].Body["view"]!.AsObject();
        await Host.PostInteractionAsync(SlackBlocks.Submit(view, new Dictionary<string, string> { ["until"] = "2026-01-15" }, SlackPayloads.Manager));
        await Api.WaitForAsync(a => a.Of("chat.update").Count == 3);

        var done = Api.Of("chat.update")[2].Body;
        Assert.Equal((Dm, nudgeTs), (done["channel"]!.ToString(), done["ts"]!.ToString()));
        Assert.Contains("Snoozed until 15 Jan 2026", SlackBlocks.Text(done), StringComparison.Ordinal);
        await using var db = Db();
        Assert.Equal(new DateOnly(2026, 1, 15), (await db.Candidates.AsNoTracking().SingleAsync()).NextContactOn);
    }

    /// <summary>The outcome logged and confirmed on Tuesday, two days on the clock, one planning pass and one dispatch: the nudge DM's body.</summary>
    private Task<JsonObject> NudgeDeliveredAsync() => SlackScenarios.NudgeDeliveredAsync(Host, Api, Clock, Note, TimeSpan.FromDays(2));

    private RecruitingDb Db() => Host.App.Services.GetRequiredService<RecruitingDbFactory>().For(SlackPayloads.Team);
}
