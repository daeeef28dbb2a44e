using Microsoft.EntityFrameworkCore;
using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges;

public sealed class NudgeActionTranscriptTests
{
    private const string T = "t1";
    private static readonly DateOnly Today = new(2025, 11, 18);

    /// <summary>A recruiter with Dana Fox due, and today's nudge card planned for them.</summary>
    private static async Task<(BotHarness Bot, CardReply Card, Guid Dana)> NudgedAsync()
    {
        var bot = await NudgeHarness.StartAsync("2025-11-18T08:30:00Z");
        await NudgeSeed.MemberAsync(bot.Dbs, T, "rec-1", "msteams", "UTC", new DateTime(2025, 11, 1));
        var dana = await NudgeSeed.CandidateAsync(bot.Dbs, T, "rec-1", "Dana Fox", Today, blockers: "can't relocate",
            loggedUtc: new DateTime(2025, 5, 20, 10, 0, 0, DateTimeKind.Utc));
        await bot.Get<NudgePlanner>().PlanAsync(bot.Now);
        await using var db = bot.Dbs.For(T);
        var card = CardPayload.Deserialize((await db.Outbox.SingleAsync()).Payload);
        return (bot, card, dana);
    }

    private static async Task<Candidate> CandidateAsync(BotHarness bot, Guid id)
    {
        await using var db = bot.Dbs.For(T);
        return await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private static IReadOnlyDictionary<string, object?> Item(CardReply card) => card.Rows("items")[0];

    [Fact]
    public async Task Contacted_Interested_LogsContactOnceAndUpdatesTheCard()
    {
        var (bot, card, dana) = await NudgedAsync();
        await using var _ = bot;

        var asking = await bot.PressButtonAsync(card, "Contacted");
        Assert.Equal(true, Item(asking.UpdateSourceCard!)["asking"]);
        Assert.Contains("How did Dana Fox respond?", asking.Text());
        Assert.Equal(["Interested", "Maybe later", "Not interested", "Knows someone", "Wrong fit"], bot.Buttons(asking.UpdateSourceCard!));
        var first = await bot.PressButtonAsync(asking.UpdateSourceCard!, "Interested");
        var second = await bot.PressButtonAsync(asking.UpdateSourceCard!, "Interested");

        Assert.Contains("interested", first.Text());
        Assert.Contains("Next contact 2 Dec 2025", first.Text());
        Assert.Contains("Already done", second.Text());
        Assert.Equal(first.Text(), second.Text().Replace("Already done: ", ""));
        Assert.Contains("Contacted", (string)Item(first.UpdateSourceCard!)["done"]!);
        Assert.Equal(false, Item(first.UpdateSourceCard!)["main"]);
        Assert.Equal(1, StoreSnapshot.Count(bot.File, "Notes"));
        var c = await CandidateAsync(bot, dana);
        Assert.Equal(new DateOnly(2025, 12, 2), c.NextContactOn);
        Assert.NotNull(c.LastContactAtUtc);
        var timeline = (await bot.SayAsync("show Dana Fox")).Card("timeline");
        Assert.Contains(timeline.Items("entries"), e => (string)e["kind"]! == "contacted" && (string)e["text"]! == "interested — move to a live role");
    }

    [Fact]
    public async Task Contacted_NotInterested_TimelineSaysContactedOnce()
    {
        var (bot, card, _) = await NudgedAsync();
        await using var _ = bot;

        var asking = await bot.PressButtonAsync(card, "Contacted");
        await bot.PressButtonAsync(asking.UpdateSourceCard!, "Not interested");

        var timeline = (await bot.SayAsync("show Dana Fox")).Card("timeline");
        var contact = Assert.Single(timeline.Items("entries"), e => (string)e["kind"]! == "contacted");
        Assert.Equal("contacted: not interested", $"{contact["kind"]}: {contact["text"]}");
    }

    [Fact]
    public async Task Snooze_OneMonthPressedTwice_AppliedOnce()
    {
        var (bot, card, dana) = await NudgedAsync();
        await using var _ = bot;

        var menu = await bot.PressButtonAsync(card, "Snooze");
        Assert.Equal(true, Item(menu.UpdateSourceCard!)["snoozing"]);
        var first = await bot.PressButtonAsync(menu.UpdateSourceCard!, "1 month");
        var again = await bot.PressButtonAsync(menu.UpdateSourceCard!, "3 months");

        Assert.Contains("Snoozed until 18 Dec 2025", first.Text());
        Assert.Contains("Already done: Snoozed until 18 Dec 2025", again.Text());
        Assert.Equal(new DateOnly(2025, 12, 18), (await CandidateAsync(bot, dana)).NextContactOn);
        Assert.Equal("Snoozed until 18 Dec 2025.", Item(again.UpdateSourceCard!)["done"]);
    }

    [Fact]
    public async Task SnoozeToDate_FromTheDateCard_UsesTheInput()
    {
        var (bot, card, dana) = await NudgedAsync();
        await using var _ = bot;

        var menu = await bot.PressButtonAsync(card, "Snooze");
        var dateCard = (await bot.PressButtonAsync(menu.UpdateSourceCard!, "Pick a date…")).Card("nudge-snooze");
        var done = await bot.PressButtonAsync(dateCard, "Snooze to the date", inputs: new Dictionary<string, string> { ["until"] = "2026-03-02" });

        Assert.Contains("Snoozed until 2 Mar 2026", done.Text());
        Assert.Equal(new DateOnly(2026, 3, 2), (await CandidateAsync(bot, dana)).NextContactOn);
    }

    [Fact]
    public async Task DoNotContact_FromCardWithReason_NeverNudgedAgain()
    {
        var (bot, card, dana) = await NudgedAsync();
        await using var _ = bot;

        var ask = (await bot.PressButtonAsync(card, "Do not contact")).Card("nudge-dnc");
        var done = await bot.PressButtonAsync(ask, "Do not contact", inputs: new Dictionary<string, string> { ["reason"] = "asked us not to get in touch" });
        await bot.PressButtonAsync(ask, "Do not contact", inputs: new Dictionary<string, string> { ["reason"] = "second press" });

        Assert.Contains("Marked do-not-contact (asked us not to get in touch)", done.Text());
        var c = await CandidateAsync(bot, dana);
        Assert.True(c.DoNotContact);
        Assert.Equal("asked us not to get in touch", c.DoNotContactReason);
        Assert.Null(c.NextContactOn);
        Assert.Equal(1, StoreSnapshot.Count(bot.File, "NudgeActions"));
        await bot.RestartAsync("2025-11-19T08:30:00Z");
        await bot.Get<NudgePlanner>().PlanAsync(bot.Now);
        Assert.Equal(1, StoreSnapshot.Count(bot.File, "Outbox"));
    }

    [Fact]
    public async Task DraftAndHistory_FromCard_ReplyWithoutChangingAnything()
    {
        var (bot, card, _) = await NudgedAsync();
        await using var __ = bot;
        var before = StoreSnapshot.Take(bot.File);

        var draft = (await bot.PressButtonAsync(card, "Draft a check-in")).Card("draft-checkin");
        var history = (await bot.PressButtonAsync(card, "Show history")).Card("timeline");

        Assert.Contains("couldn't relocate", (string)draft.Data["text"]!);
        Assert.Equal("Dana Fox", history.Data["name"]);
        Assert.Equal(before, StoreSnapshot.Take(bot.File));
    }

    [Fact]
    public async Task TypedCommands_ContactedSnoozeDraftDoNotContact()
    {
        var (bot, _, dana) = await NudgedAsync();
        await using var __ = bot;

        var ask = await bot.SayAsync("contacted Dana Fox");
        Assert.Equal("Dana Fox", ask.Card("outreach-response").Data["name"]);
        var logged = await bot.SayAsync("maybe later");
        Assert.Contains("maybe later. Next contact 16 Feb 2026", logged.Text());

        Assert.Contains("Snoozed until 18 Dec 2025", (await bot.SayAsync("snooze Dana Fox 1 month")).Text());
        Assert.Contains("Snoozed until 2 Dec 2025", (await bot.SayAsync("snooze Dana Fox for 2 weeks")).Text());
        Assert.Contains("couldn't read", (await bot.SayAsync("snooze Dana Fox to whenever")).Text());

        Assert.Equal("Dana Fox", (await bot.SayAsync("draft check-in for Dana Fox")).Card("draft-checkin").Data["name"]);

        var why = await bot.SayAsync("do not contact Dana Fox");
        Assert.Contains("Why should we never contact Dana Fox", why.Text());
        Assert.Contains("Marked do-not-contact (moved abroad, asked not to be contacted)", (await bot.SayAsync("moved abroad, asked not to be contacted")).Text());
        Assert.True((await CandidateAsync(bot, dana)).DoNotContact);
        Assert.Contains("don't know anyone called \"Zed Unknown\"", (await bot.SayAsync("snooze Zed Unknown 1 month")).Text());
    }

    [Fact]
    public async Task TypedCommands_TypedTwiceTheSameDay_AppliedOnceSecondSaysWhatWasDone()
    {
        var (bot, _, dana) = await NudgedAsync();
        await using var __ = bot;
        var notes = StoreSnapshot.Count(bot.File, "Notes");

        Assert.Contains("Contacted 18 Nov 2025: interested", (await bot.SayAsync("contacted Dana Fox: interested")).Text());
        var again = (await bot.SayAsync("contacted Dana Fox: interested")).Text();
        var asked = (await bot.SayAsync("contacted Dana Fox")).Text();
        Assert.StartsWith("Already done: Contacted 18 Nov 2025: interested", again);
        Assert.StartsWith("Already done: Contacted 18 Nov 2025: interested", asked);

        Assert.Contains("Snoozed until 18 Dec 2025", (await bot.SayAsync("snooze Dana Fox 1 month")).Text());
        Assert.Equal("Already done: Snoozed until 18 Dec 2025.", (await bot.SayAsync("snooze Dana Fox 1 month")).Text());

        Assert.Contains("Marked do-not-contact (asked us not to)", (await bot.SayAsync("do not contact Dana Fox: asked us not to")).Text());
        Assert.StartsWith("Already done: Marked do-not-contact (asked us not to)", (await bot.SayAsync("do not contact Dana Fox")).Text());

        // Three changes, three timeline notes: the repeats changed nothing.
        Assert.Equal(notes + 3, StoreSnapshot.Count(bot.File, "Notes"));
        Assert.Equal(3L, StoreSnapshot.Count(bot.File, "NudgeActions"));
        Assert.True((await CandidateAsync(bot, dana)).DoNotContact);

        // The next day the same command is a new action.
        await bot.RestartAsync("2025-11-19T10:00:00Z");
        Assert.DoesNotContain("Already done", (await bot.SayAsync("snooze Dana Fox 1 month")).Text());
    }

    [Fact]
    public async Task TypedOutcome_WhileNudgeQuestionOpen_StillLogsTheOutcome()
    {
        var (bot, _, _) = await NudgedAsync();
        await using var __ = bot;
        await bot.SayAsync("contacted Dana Fox");

        var confirm = (await bot.SayAsync("Interviewed Priya Shah for QA Lead, we went with someone else")).Card("outcome-confirm");
        await bot.SayAsync("yes");

        Assert.Equal("Priya Shah", confirm.Items("candidates")[0]["name"]);
        Assert.Equal(2, StoreSnapshot.Count(bot.File, "Candidates"));
    }

    [Fact]
    public async Task Button_PressedByAnotherUser_IsRefused()
    {
        var (bot, card, _) = await NudgedAsync();
        await using var __ = bot;
        bot.User = "someone-else";

        var result = await bot.PressButtonAsync(card, "Contacted");

        Assert.Contains("isn't yours", TurnAssert.Describe(result));
    }
}
