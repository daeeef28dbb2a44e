using RecruitBot.Conversation;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Conversation;

public sealed class MatchingAndUndoTranscriptTests
{
    [Fact]
    public async Task HandleAsync_SameNameAgain_AttachesToExistingCandidate()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync("Priya Shah was runner-up for QA Lead");
        await bot.SayAsync("yes");

        var confirm = (await bot.SayAsync("priya  shah withdrew from the Data Engineer process,  took another offer")).Card("outcome-confirm");
        Assert.Contains("already known", (string)confirm.Items("candidates")[0]["match"]!);
        await bot.SayAsync("yes");

        Assert.Equal(1, StoreSnapshot.Count(bot.File, "Candidates"));
        var timeline = (await bot.SayAsync("what do we know about Priya Shah")).Card("timeline");
        Assert.Equal(2, timeline.Items("entries").Count);
    }

    [Fact]
    public async Task HandleAsync_ShowCandidate_OwnerShownByName()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.UserName = "Robin Recruiter";
        await bot.SayAsync("Priya Shah was runner-up for QA Lead");
        await bot.SayAsync("yes");

        var timeline = (await bot.SayAsync("show Priya Shah")).Card("timeline");
        var owner = Assert.Single(timeline.Items("facts"), f => (string?)f["title"] == "Owner");
        Assert.Equal("Robin Recruiter", owner["value"]);
    }

    [Fact]
    public async Task HandleAsync_TwoPeopleWithTheName_AsksWhichOneAndAttachesToTheChoice()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync("Alex Kim was runner-up for QA Lead");
        await bot.SayAsync("yes");
        await bot.SayAsync("Alex Kim was rejected for Backend Engineer, weak on Go");
        var different = (await bot.SayAsync("different person")).Card("outcome-confirm");
        Assert.Contains("new candidate", (string)different.Items("candidates")[0]["match"]!);
        await bot.SayAsync("yes");
        Assert.Equal(2, StoreSnapshot.Count(bot.File, "Candidates"));

        var choose = (await bot.SayAsync("Alex Kim withdrew from the Staff Engineer process")).Card("choose-candidate");
        var options = choose.Items("options");
        Assert.Equal(2, options.Count);
        var backend = options.Single(o => ((string)o["detail"]!).Contains("Backend Engineer"));

        var confirm = await bot.PressAsync(choose, Verbs.Choose, which: d => d["candidateId"] == (string)backend["candidateId"]!);
        Assert.Contains("adds to", (string)confirm.Card("outcome-confirm").Items("candidates")[0]["match"]!);
        await bot.SayAsync("yes");

        Assert.Equal(2, StoreSnapshot.Count(bot.File, "Candidates"));
        Assert.Equal(3, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
    }

    [Fact]
    public async Task HandleAsync_UndoAfterConfirm_RemovesNewCandidateAndDueDate()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync("Priya Shah was runner-up for QA Lead, check back in 2 weeks");
        await bot.SayAsync("yes");

        var undo = await bot.SayAsync("undo");

        Assert.Contains("Undone: Priya Shah", undo.Text());
        Assert.Equal(0, StoreSnapshot.Count(bot.File, "Candidates"));
        Assert.Empty((await bot.SayAsync("who is due this month")).Card("due-list").Items("items"));
        Assert.Contains("nothing of yours to undo", (await bot.SayAsync("undo")).Text());
    }

    [Fact]
    public async Task HandleAsync_UndoSecondOutcome_KeepsCandidateWithEarlierDate()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync("Priya Shah was runner-up for QA Lead, check back in 2 weeks");
        await bot.SayAsync("yes");
        await bot.SayAsync("Priya Shah is on hold for Data Engineer, check back in 6 months");
        await bot.SayAsync("yes");

        await bot.SayAsync("undo");

        var due = (await bot.SayAsync("who is due in December")).Card("due-list");
        Assert.Equal("2 Dec 2025", Assert.Single(due.Items("items"))["nextContact"]);
        Assert.Equal(2, StoreSnapshot.Count(bot.File, "OutcomeEvents")); // retracted, not deleted
    }

    [Fact]
    public async Task HandleAsync_UndoByAnotherUser_DoesNotTouchMyWrite()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync("Priya Shah was runner-up for QA Lead");
        await bot.SayAsync("yes");

        bot.User = "recruiter-2";
        var undo = await bot.SayAsync("undo");

        Assert.Contains("nothing of yours", undo.Text());
        Assert.Equal(1, StoreSnapshot.Count(bot.File, "Candidates"));
    }

    [Fact]
    public async Task HandleAsync_ShowUnknownName_SaysSo()
    {
        await using var bot = await BotHarness.StartAsync();

        var result = await bot.SayAsync("show Zed Nobody");

        Assert.Contains("don't know anyone called", result.Text());
    }

    [Fact]
    public async Task HandleAsync_DueNowIncludesOverdue_DueThisWeekIncludesUpcoming()
    {
        await using var bot = await BotHarness.StartAsync("2025-11-18T09:00:00"); // a Tuesday
        await bot.SayAsync("Priya Shah was runner-up for QA Lead, check back tomorrow");
        await bot.SayAsync("yes");

        Assert.Empty((await bot.SayAsync("who is due")).Card("due-list").Items("items"));
        Assert.Single((await bot.SayAsync("due this week")).Card("due-list").Items("items"));

        await bot.RestartAsync("2025-11-25T09:00:00");
        var overdue = Assert.Single((await bot.SayAsync("who is due")).Card("due-list").Items("items"));
        Assert.Equal(true, overdue["overdue"]);
    }

    [Fact]
    public async Task HandleAsync_Help_ShowsExamples()
    {
        await using var bot = await BotHarness.StartAsync();

        var help = (await bot.SayAsync("help")).Card("help");

        Assert.NotEmpty(help.Items("examples"));
        Assert.Contains(help.Items("commands"), c => ((string)c["command"]!).Contains("undo"));
    }
}
