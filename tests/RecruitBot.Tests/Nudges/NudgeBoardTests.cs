using RecruitBot.Nudges;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges;

public sealed class NudgeBoardTests
{
    [Fact]
    public async Task ForTerminalAsync_DueCandidates_SameCardAllDayWithWorkingButtons()
    {
        await using var bot = await NudgeHarness.StartAsync();
        bot.Channel = "terminal";
        await NudgeSeed.CandidateAsync(bot.Dbs, "t1", "rec-1", "Dana Fox", new DateOnly(2025, 11, 18));
        var board = bot.Get<NudgeBoard>();

        var first = Assert.Single(await board.ForTerminalAsync("t1", "rec-1", new DateTime(2025, 11, 18, 9, 0, 0)));
        var snoozed = await bot.PressButtonAsync(await bot.PressButtonAsync(first, "Snooze") is var menu ? menu.UpdateSourceCard! : first, "2 weeks");
        var again = Assert.Single(await board.ForTerminalAsync("t1", "rec-1", new DateTime(2025, 11, 18, 15, 0, 0)));

        Assert.Equal(["Dana Fox"], first.Names());
        Assert.Contains("Snoozed until 2 Dec 2025", snoozed.Text());
        Assert.Equal(first.Data["nudgeId"], again.Data["nudgeId"]);
        Assert.Equal("Snoozed until 2 Dec 2025.", again.Rows("items")[0]["done"]);
        Assert.Empty(await board.ForTerminalAsync("t1", "rec-1", new DateTime(2025, 11, 19, 9, 0, 0)));
    }
}
