using Microsoft.EntityFrameworkCore;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges;

public sealed class InProcessTranscriptTests
{
    [Fact]
    public async Task Interviewing_ConfirmedTwice_StoredOnceThenStalePromptOneTapOutcomeResolvesIt()
    {
        await using var bot = await NudgeHarness.StartAsync("2025-11-18T10:00:00Z");
        var track = (await bot.SayAsync("interviewing Priya Shah for QA Lead")).Card("stale-track");
        Assert.Equal("QA Lead", track.Data["role"]);
        await bot.SayAsync("yes");
        var again = await bot.PressButtonAsync(track, "Confirm");
        Assert.Equal("Already saved", again.Card("notice").Data["title"]);
        Assert.Equal(1, StoreSnapshot.Count(bot.File, "InProcess"));

        await bot.RestartAsync("2025-11-25T08:30:00Z");
        var report = await bot.Get<NudgePlanner>().PlanAsync(bot.Now);
        Assert.Equal(1, report.StalePrompts);
        CardPayloadCard stale;
        await using (var db = bot.Dbs.For("t1"))
            stale = new(CardPayload.Deserialize((await db.Outbox.SingleAsync(o => o.Kind == NudgeRecord.StaleKind)).Payload));
        Assert.Equal(["Hired", "Rejected", "Runner-up", "Withdrew", "More…"], bot.Buttons(stale.Card));
        var more = await bot.PressButtonAsync(stale.Card, "More…");
        Assert.Equal(["Declined offer", "On hold", "Back"], bot.Buttons(more.UpdateSourceCard!));

        var confirm = (await bot.PressButtonAsync(stale.Card, "Rejected")).Card("outcome-confirm");
        Assert.Equal("rejected", confirm.Items("candidates")[0]["outcome"]);
        Assert.Contains("already known", (string)confirm.Items("candidates")[0]["match"]!);
        await bot.SayAsync("yes");

        Assert.Equal(1, StoreSnapshot.Count(bot.File, "Candidates"));
        Assert.Contains("Already logged: Priya Shah, rejected", (await bot.PressButtonAsync(stale.Card, "Hired")).Text());
        await bot.RestartAsync("2025-12-02T08:30:00Z");
        Assert.Equal(0, (await bot.Get<NudgePlanner>().PlanAsync(bot.Now)).StalePrompts);
    }

    [Fact]
    public async Task FinalRoundToday_Cancel_StoresNothing()
    {
        await using var bot = await NudgeHarness.StartAsync();
        var track = (await bot.SayAsync("Priya Shah had her final round today")).Card("stale-track");
        Assert.Equal("final round", track.Data["stage"]);

        await bot.SayAsync("cancel");

        Assert.Equal(0, StoreSnapshot.Count(bot.File, "InProcess"));
    }

    [Fact]
    public async Task FinalRoundWithAnOutcome_IsLoggedAsAnOutcome()
    {
        await using var bot = await NudgeHarness.StartAsync();

        var result = await bot.SayAsync("Priya Shah had her final round today, we went with someone else");

        result.Card("outcome-confirm");
    }

    private sealed record CardPayloadCard(RecruitBot.Conversation.CardReply Card);
}
