using Microsoft.EntityFrameworkCore;
using RecruitBot.Conversation;
using RecruitBot.Nudges.Digest;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges;

public sealed class DigestTests
{
    private const string T = "t1";
    private static DateTimeOffset Utc(string s) => DateTimeOffset.Parse(s + "Z", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<BotHarness> TeamAsync(string zone = "America/Los_Angeles")
    {
        var bot = await NudgeHarness.StartAsync("2025-11-20T12:00:00Z");
        bot.Conversation = "19:team-channel";
        await bot.Get<TeamChannels>().RegisterAsync(T, "msteams", "19:team-channel", "Recruiting", zone);
        await NudgeSeed.MemberAsync(bot.Dbs, T, "rec-1", "msteams", "UTC", new DateTime(2025, 11, 1), "Dana Recruiter");
        await NudgeSeed.CandidateAsync(bot.Dbs, T, "rec-1", "Priya Shah", new DateOnly(2025, 11, 26), reason: "weak on system design",
            loggedUtc: new DateTime(2025, 11, 19, 10, 0, 0, DateTimeKind.Utc));
        return bot;
    }

    private static async Task<List<RecruitBot.Nudges.OutboxMessage>> DigestsAsync(BotHarness bot)
    {
        await using var db = bot.Dbs.For(T);
        return await db.Outbox.AsNoTracking().Where(o => o.Kind == DigestPlanner.Kind).ToListAsync();
    }

    private static string AllText(CardReply card) => string.Join("\n", card.Rows("lines").Select(l => (l.GetValueOrDefault("heading") ?? l.GetValueOrDefault("text")) as string)) + "\n" + card.Summary;

    [Fact]
    public async Task PlanAsync_MondayNineInTheTeamsZone_OnceWithCountsAndNoNames()
    {
        await using var bot = await TeamAsync();
        var planner = bot.Get<DigestPlanner>();

        Assert.Equal(0, await planner.PlanAsync(Utc("2025-11-24T09:00:00"))); // 01:00 in Los Angeles
        Assert.Equal(1, await planner.PlanAsync(Utc("2025-11-24T16:30:00")));
        Assert.Equal(0, await planner.PlanAsync(Utc("2025-11-24T16:45:00")));

        var row = Assert.Single(await DigestsAsync(bot));
        Assert.Equal("digest:msteams:19:team-channel:2025-11-24", row.IdempotencyKey);
        Assert.Equal("conversation:19:team-channel", row.Recipient);
        Assert.Equal(new DateTime(2025, 11, 24, 17, 0, 0), row.NextAttemptAtUtc);
        var text = AllText(CardPayload.Deserialize(row.Payload));
        Assert.Contains("Dana Recruiter: 1 due", text);
        Assert.Contains("1 outcomes: 1 runner-up", text);
        Assert.DoesNotContain("Priya", text);
        Assert.DoesNotContain("system design", text);
    }

    [Fact]
    public async Task PlanAsync_OutcomesAroundMidnight_LastWeekIsTheTeamsLocalWeek()
    {
        await using var bot = await TeamAsync();
        await bot.SayAsync("digest show names");
        // Sunday 20:00 in Los Angeles, already Monday in UTC: last week for this team.
        await NudgeSeed.CandidateAsync(bot.Dbs, T, "rec-1", "Sam Hill", null, loggedUtc: new DateTime(2025, 11, 24, 4, 0, 0, DateTimeKind.Utc));
        // Monday 03:00 UTC of last week, still the Sunday before in Los Angeles: two weeks ago for this team.
        await NudgeSeed.CandidateAsync(bot.Dbs, T, "rec-1", "Ana Ruiz", null, loggedUtc: new DateTime(2025, 11, 17, 3, 0, 0, DateTimeKind.Utc));

        await bot.Get<DigestPlanner>().PlanAsync(Utc("2025-11-24T16:30:00"));

        var text = AllText(CardPayload.Deserialize(Assert.Single(await DigestsAsync(bot)).Payload));
        Assert.Contains("2 outcomes: 2 runner-up", text);
        Assert.Contains("Sam Hill", text);
        Assert.DoesNotContain("Ana Ruiz", text);
    }

    [Fact]
    public void LocalMidnightUtc_MidnightSkippedBySpringForward_FirstValidMinute()
    {
        var santiago = Turn.FindZone("America/Santiago");

        // Chile moves from -04 to -03 at midnight on 7 Sep 2025: the day starts at 01:00 local.
        Assert.Equal(new DateTime(2025, 9, 7, 4, 0, 0), DigestBuilder.LocalMidnightUtc(new DateOnly(2025, 9, 7), santiago));
        Assert.Equal(new DateTime(2025, 11, 24, 8, 0, 0), DigestBuilder.LocalMidnightUtc(new DateOnly(2025, 11, 24), Turn.FindZone("America/Los_Angeles")));
    }

    [Fact]
    public async Task ShowNames_OptIn_NamesAppearButNeverReasons()
    {
        await using var bot = await TeamAsync();
        Assert.Contains("will be shown", (await bot.SayAsync("digest show names")).Text());

        await bot.Get<DigestPlanner>().PlanAsync(Utc("2025-11-24T16:30:00"));

        var text = AllText(CardPayload.Deserialize(Assert.Single(await DigestsAsync(bot)).Payload));
        Assert.Contains("Priya Shah", text);
        Assert.DoesNotContain("system design", text);
        Assert.Contains("hidden", (await bot.SayAsync("digest hide names")).Text());
    }

    [Fact]
    public async Task DigestOff_NothingPlanned_OnAgainPlans()
    {
        await using var bot = await TeamAsync();
        Assert.Contains("turned off", (await bot.SayAsync("digest off")).Text());

        Assert.Equal(0, await bot.Get<DigestPlanner>().PlanAsync(Utc("2025-11-24T16:30:00")));
        await bot.SayAsync("digest on");
        Assert.Equal(1, await bot.Get<DigestPlanner>().PlanAsync(Utc("2025-11-24T16:30:00")));
    }

    [Fact]
    public async Task DigestDayAndTime_Changed_PlansAtTheNewSlotAndRefusesQuietHours()
    {
        await using var bot = await TeamAsync("Europe/London");
        Assert.Contains("Wednesdays at 14:30", (await bot.SayAsync("digest wednesday 2:30pm")).Text());
        Assert.Contains("quiet hours", (await bot.SayAsync("digest monday 22:00")).Text());

        await bot.Get<DigestPlanner>().PlanAsync(Utc("2025-11-26T14:00:00"));

        Assert.Equal(new DateTime(2025, 11, 26, 14, 30, 0), Assert.Single(await DigestsAsync(bot)).NextAttemptAtUtc);
    }

    [Fact]
    public async Task Digest_InAnUnregisteredConversation_Explains()
    {
        await using var bot = await NudgeHarness.StartAsync();

        Assert.Contains("for team channels", (await bot.SayAsync("digest off")).Text());
    }
}
