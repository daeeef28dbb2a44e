using RecruitBot.Conversation;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Conversation;

/// <summary>Transcripts of logging outcomes against the real engine and SQLite store.</summary>
public sealed class LogOutcomeTranscriptTests
{
    private const string Priya = "Interviewed Priya Shah for the Senior Data Engineer role — strong SQL, weak on system design, we went with someone else. Check back in 3 months";

    [Fact]
    public async Task HandleAsync_PriyaConfirmedThenRestart_DueInFebruaryAndTimelineShowHer()
    {
        await using var bot = await BotHarness.StartAsync("2025-11-18T09:00:00");

        // user: the interview write-up → bot: a confirmation card
        var confirm = (await bot.SayAsync(Priya)).Card("outcome-confirm");
        var c = confirm.Items("candidates").Single();
        Assert.Equal("Priya Shah", c["name"]);
        Assert.Equal("Senior Data Engineer", c["role"]);
        Assert.Contains(c["outcome"], new[] { "runner-up", "rejected" });
        Assert.Equal("skills gap", c["reasonCategory"]);
        Assert.Equal("18 Feb 2026", c["nextContact"]); // three calendar months from 18 Nov 2025
        Assert.Equal(0, StoreSnapshot.Count(bot.File, "OutcomeEvents"));

        // user: yes → bot: logged
        var logged = (await bot.SayAsync("yes")).Card("outcome-logged");
        Assert.Contains("Priya Shah", logged.Summary);
        Assert.Equal(1, StoreSnapshot.Count(bot.File, "OutcomeEvents"));

        await bot.RestartAsync();

        // user: who is due in February → bot: a list with Priya
        var due = (await bot.SayAsync("who is due in February")).Card("due-list");
        var item = Assert.Single(due.Items("items"));
        Assert.Equal("Priya Shah", item["name"]);
        Assert.Equal("18 Feb 2026", item["nextContact"]);

        // user: show Priya → bot: her timeline
        var timeline = (await bot.SayAsync("show Priya")).Card("timeline");
        Assert.Equal("Priya Shah", timeline.Data["name"]);
        var entry = Assert.Single(timeline.Items("entries"));
        Assert.Equal("18 Nov 2025", entry["date"]);
        Assert.Contains("Senior Data Engineer", (string)entry["text"]!);
    }

    [Fact]
    public async Task HandleAsync_PendingConfirmationAcrossRestart_StillConfirms()
    {
        await using var bot = await BotHarness.StartAsync();
        var confirm = (await bot.SayAsync(Priya)).Card("outcome-confirm");
        await bot.RestartAsync();

        var result = await bot.PressAsync(confirm, Verbs.Confirm);

        Assert.Equal("outcome-logged", result.UpdateSourceCard?.Template);
        Assert.Equal(1, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
    }

    [Fact]
    public async Task HandleAsync_ConfirmPressedTwice_WritesOnceAndAnswersTheSame()
    {
        await using var bot = await BotHarness.StartAsync();
        var confirm = (await bot.SayAsync(Priya)).Card("outcome-confirm");

        var first = await bot.PressAsync(confirm, Verbs.Confirm);
        var second = await bot.PressAsync(confirm, Verbs.Confirm);

        Assert.Equal(1, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
        Assert.Equal(first.UpdateSourceCard!.Summary, second.UpdateSourceCard!.Summary);
    }

    [Fact]
    public async Task HandleAsync_ConfirmPressedConcurrently_WritesOnce()
    {
        await using var bot = await BotHarness.StartAsync();
        var confirm = (await bot.SayAsync(Priya)).Card("outcome-confirm");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => bot.PressAsync(confirm, Verbs.Confirm)));

        Assert.Equal(1, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
        Assert.All(results, r => Assert.Equal("outcome-logged", r.UpdateSourceCard?.Template));
    }

    [Fact]
    public async Task HandleAsync_NoName_AsksForItAndDoesNotGuess()
    {
        await using var bot = await BotHarness.StartAsync();

        var ask = await bot.SayAsync("we went with someone else for the QA Lead role, check back in 2 months");
        Assert.Contains("Who is this about", ask.Text());

        var confirm = (await bot.SayAsync("dana fox")).Card("outcome-confirm");
        Assert.Equal("Dana Fox", confirm.Items("candidates")[0]["name"]);
        Assert.Equal(0, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
    }

    [Fact]
    public async Task HandleAsync_NoOutcome_AsksForItAndDoesNotGuess()
    {
        await using var bot = await BotHarness.StartAsync();

        var ask = await bot.SayAsync("Interviewed Marco Diaz for Backend Engineer today");
        Assert.Contains("What was the outcome for Marco Diaz", ask.Text());

        var confirm = (await bot.SayAsync("on hold")).Card("outcome-confirm");
        Assert.Equal("on-hold", confirm.Items("candidates")[0]["outcome"]);
        Assert.Equal("18 Dec 2025", confirm.Items("candidates")[0]["nextContact"]); // on-hold policy: 30 days
    }

    [Fact]
    public async Task HandleAsync_TypedEditThenYes_StoresTheCorrection()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(Priya);

        var edited = (await bot.SayAsync("role: Staff Data Engineer")).Card("outcome-confirm");
        Assert.Equal("Staff Data Engineer", edited.Items("candidates")[0]["role"]);
        await bot.SayAsync("yes");

        var timeline = (await bot.SayAsync("show Priya Shah")).Card("timeline");
        Assert.Contains("Staff Data Engineer", (string)timeline.Items("entries")[0]["text"]!);
    }

    [Fact]
    public async Task HandleAsync_EditFormSaved_AppliesChangedInputsOnly()
    {
        await using var bot = await BotHarness.StartAsync();
        var confirm = (await bot.SayAsync(Priya)).Card("outcome-confirm");
        var form = (await bot.PressAsync(confirm, Verbs.Edit)).Card("outcome-edit");

        var saved = await bot.PressAsync(form, Verbs.Save, new Dictionary<string, string>
        {
            ["c0.name"] = "Priya Shah", ["c0.outcome"] = "rejected", ["c0.nextContact"] = "2026-05-01",
            ["c0.role"] = "Senior Data Engineer",
        });

        var c = saved.Card("outcome-confirm").Items("candidates")[0];
        Assert.Equal("rejected", c["outcome"]);
        Assert.Equal("1 May 2026", c["nextContact"]);
    }

    [Fact]
    public async Task HandleAsync_EditFormWithBadDate_RefusesAndKeepsRecord()
    {
        await using var bot = await BotHarness.StartAsync();
        var confirm = (await bot.SayAsync(Priya)).Card("outcome-confirm");
        var form = (await bot.PressAsync(confirm, Verbs.Edit)).Card("outcome-edit");

        var result = await bot.PressAsync(form, Verbs.Save, new Dictionary<string, string> { ["c0.nextContact"] = "someday maybe" });

        Assert.Contains("couldn't read", result.Text());
        Assert.Equal("2026-02-18", result.Card("outcome-edit").Items("candidates")[0]["nextContact"]);
    }

    [Fact]
    public async Task HandleAsync_Cancel_StoresNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        var confirm = (await bot.SayAsync(Priya)).Card("outcome-confirm");

        var cancelled = await bot.PressAsync(confirm, Verbs.Cancel);
        var late = await bot.PressAsync(confirm, Verbs.Confirm);

        Assert.Equal("notice", cancelled.UpdateSourceCard?.Template);
        Assert.Contains("expired", late.Text());
        Assert.Equal(0, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
    }

    [Fact]
    public async Task HandleAsync_TwoCandidatesInOneMessage_ConfirmsBoth()
    {
        await using var bot = await BotHarness.StartAsync();

        var confirm = (await bot.SayAsync("Priya Shah runner-up for QA Lead, Tom Lee rejected - weak on testing")).Card("outcome-confirm");
        Assert.Equal(2, confirm.Items("candidates").Count);
        await bot.SayAsync("yes");

        Assert.Equal(2, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
        Assert.Equal(2, StoreSnapshot.Count(bot.File, "Candidates"));
    }
}
