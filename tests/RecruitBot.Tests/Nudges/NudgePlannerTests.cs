using Microsoft.EntityFrameworkCore;
using RecruitBot.Nudges;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges;

public sealed class NudgePlannerTests
{
    private const string T = "t1";
    private static readonly DateOnly Tue = new(2025, 11, 18);
    private static DateTimeOffset Utc(string s) => DateTimeOffset.Parse(s + "Z", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<OutboxMessage>> OutboxAsync(BotHarness h)
    {
        await using var db = h.Dbs.For(T);
        return await db.Outbox.AsNoTracking().OrderBy(o => o.NextAttemptAtUtc).ToListAsync();
    }

    private static async Task<BotHarness> WithRecruiterAsync(string zone = "Europe/London", string user = "rec-1")
    {
        var h = await NudgeHarness.StartAsync();
        await NudgeSeed.MemberAsync(h.Dbs, T, user, "msteams", zone, new DateTime(2025, 11, 1));
        return h;
    }

    [Fact]
    public async Task PlanAsync_RecruitersInLondonAndLosAngeles_EachNudgedAtTheirOwnNine()
    {
        await using var h = await NudgeHarness.StartAsync();
        await NudgeSeed.MemberAsync(h.Dbs, T, "london", "msteams", "Europe/London", new DateTime(2025, 11, 1));
        await NudgeSeed.MemberAsync(h.Dbs, T, "la", "slack", "America/Los_Angeles", new DateTime(2025, 11, 1));
        await NudgeSeed.CandidateAsync(h.Dbs, T, "london", "Dana Fox", Tue);
        await NudgeSeed.CandidateAsync(h.Dbs, T, "la", "Sam Hill", Tue);
        var planner = h.Get<NudgePlanner>();

        await planner.PlanAsync(Utc("2025-11-18T08:30:00"));
        var morning = await OutboxAsync(h);
        await planner.PlanAsync(Utc("2025-11-18T16:30:00"));
        var all = await OutboxAsync(h);

        var london = Assert.Single(morning);
        Assert.Equal("nudge:msteams:london:2025-11-18", london.IdempotencyKey);
        Assert.Equal(new DateTime(2025, 11, 18, 9, 0, 0), london.NextAttemptAtUtc);
        Assert.Equal("user:london", london.Recipient);
        var la = all.Single(o => o.Recipient == "user:la");
        Assert.Equal("nudge:slack:la:2025-11-18", la.IdempotencyKey);
        Assert.Equal(new DateTime(2025, 11, 18, 17, 0, 0), la.NextAttemptAtUtc);
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task PlanAsync_ThreeDueCandidates_OneCardOneRow()
    {
        await using var h = await WithRecruiterAsync();
        foreach (var name in new[] { "Dana Fox", "Sam Hill", "Ana Ruiz" }) await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", name, Tue.AddDays(-3));

        var report = await h.Get<NudgePlanner>().PlanAsync(Utc("2025-11-18T08:30:00"));

        Assert.Equal(1, report.Nudges);
        var row = Assert.Single(await OutboxAsync(h));
        var card = CardPayload.Deserialize(row.Payload);
        Assert.Equal("nudge", card.Template);
        Assert.Equal(3, card.Rows("items").Count);
    }

    [Fact]
    public async Task PlanAsync_Twice_EnqueuesOnce()
    {
        await using var h = await WithRecruiterAsync();
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Dana Fox", Tue);
        var planner = h.Get<NudgePlanner>();

        await planner.PlanAsync(Utc("2025-11-18T08:30:00"));
        var second = await planner.PlanAsync(Utc("2025-11-18T08:45:00"));

        Assert.Equal(0, second.Nudges);
        Assert.Single(await OutboxAsync(h));
        Assert.Equal(1, StoreSnapshot.Count(h.File, "Nudges"));
    }

    [Fact]
    public async Task PlanAsync_Weekend_NothingUntilMondayThenMondaysCard()
    {
        await using var h = await WithRecruiterAsync();
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Dana Fox", new DateOnly(2025, 11, 22)); // due Saturday
        var planner = h.Get<NudgePlanner>();

        await planner.PlanAsync(Utc("2025-11-22T09:00:00"));
        await planner.PlanAsync(Utc("2025-11-23T09:00:00"));
        Assert.Empty(await OutboxAsync(h));
        await planner.PlanAsync(Utc("2025-11-24T08:30:00"));

        var row = Assert.Single(await OutboxAsync(h));
        Assert.Equal("nudge:msteams:rec-1:2025-11-24", row.IdempotencyKey);
        Assert.Equal(new DateTime(2025, 11, 24, 9, 0, 0), row.NextAttemptAtUtc);
    }

    [Fact]
    public async Task PlanAsync_TenantHoliday_RollsToNextWorkingDay()
    {
        await using var h = await NudgeHarness.StartAsync(settings: new Dictionary<string, string?> { ["Nudges:Holidays:t1:0"] = "2025-11-18" });
        await NudgeSeed.MemberAsync(h.Dbs, T, "rec-1", "msteams", "Europe/London", new DateTime(2025, 11, 1));
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Dana Fox", Tue);
        var planner = h.Get<NudgePlanner>();

        await planner.PlanAsync(Utc("2025-11-18T08:30:00"));
        Assert.Empty(await OutboxAsync(h));
        await planner.PlanAsync(Utc("2025-11-19T08:30:00"));

        Assert.Equal("nudge:msteams:rec-1:2025-11-19", Assert.Single(await OutboxAsync(h)).IdempotencyKey);
    }

    [Fact]
    public async Task PlanAsync_InsideQuietHours_EnqueuesNothing()
    {
        await using var h = await WithRecruiterAsync();
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Dana Fox", Tue);

        await h.Get<NudgePlanner>().PlanAsync(Utc("2025-11-18T21:30:00")); // missed today's 09:00; 21:30 is quiet

        Assert.Empty(await OutboxAsync(h));
    }

    [Fact]
    public async Task PlanAsync_Excluded_DoNotContactHiredRetentionSnoozedNotDue()
    {
        await using var h = await WithRecruiterAsync();
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Due Person", Tue);
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Never Contact", Tue, doNotContact: true);
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Was Hired", Tue, outcome: Outcome.Hired);
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Too Old", Tue, loggedUtc: new DateTime(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc));
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Snoozed Later", Tue.AddDays(30));

        await h.Get<NudgePlanner>().PlanAsync(Utc("2025-11-18T08:30:00"));

        var card = CardPayload.Deserialize(Assert.Single(await OutboxAsync(h)).Payload);
        Assert.Equal(["Due Person"], card.Rows("items").Select(i => (string)i["name"]!));
    }

    [Fact]
    public async Task PlanAsync_RecentContactKeepsAnOldCandidateInsideRetention()
    {
        await using var h = await WithRecruiterAsync();
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Old But Contacted", Tue, loggedUtc: new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            lastContactUtc: new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc));

        await h.Get<NudgePlanner>().PlanAsync(Utc("2025-11-18T08:30:00"));

        Assert.Single(await OutboxAsync(h));
    }

    [Fact]
    public async Task PlanAsync_TerminalOnlyRecruiter_NoOutboxRow()
    {
        await using var h = await WithRecruiterAsync(user: "someone-else");
        await NudgeSeed.MemberAsync(h.Dbs, T, "term", "terminal", "UTC", new DateTime(2025, 11, 17));
        await NudgeSeed.CandidateAsync(h.Dbs, T, "term", "Dana Fox", Tue);

        await h.Get<NudgePlanner>().PlanAsync(Utc("2025-11-18T08:30:00"));

        Assert.Empty(await OutboxAsync(h));
    }

    [Fact]
    public async Task PlanAsync_UserOnTwoChannels_UsesTheMostRecentlySeen()
    {
        await using var h = await WithRecruiterAsync();
        await NudgeSeed.MemberAsync(h.Dbs, T, "rec-1", "slack", "Europe/London", new DateTime(2025, 11, 17));
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Dana Fox", Tue);

        await h.Get<NudgePlanner>().PlanAsync(Utc("2025-11-18T08:30:00"));

        Assert.Equal("slack", Assert.Single(await OutboxAsync(h)).ChannelId);
    }

    [Fact]
    public async Task PlanAsync_BlockerOnLastOutcome_CardAsksAboutIt()
    {
        await using var h = await WithRecruiterAsync();
        await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Jamal Reed", Tue, outcome: Outcome.DeclinedOffer, blockers: "can't relocate",
            loggedUtc: new DateTime(2025, 5, 20, 10, 0, 0, DateTimeKind.Utc));

        await h.Get<NudgePlanner>().PlanAsync(Utc("2025-11-18T08:30:00"));

        var item = CardPayload.Deserialize(Assert.Single(await OutboxAsync(h)).Payload).Rows("items")[0];
        Assert.Equal("Jamal couldn't relocate in May. Has that changed?", item["blockerQuestion"]);
        Assert.Equal("5 months ago (outcome logged 20 May 2025)", item["lastContact"]);
        Assert.Equal("declined-offer", item["lastOutcome"]);
    }

    [Fact]
    public async Task PlanAsync_InProcessSevenDaysWithoutOutcome_PromptsHiringManagerOnce()
    {
        await using var h = await WithRecruiterAsync();
        var priya = await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Priya Shah", null, loggedUtc: new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await NudgeSeed.InProcessAsync(h.Dbs, T, "rec-1", priya, Tue.AddDays(-7));
        var tom = await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Tom Lee", null, loggedUtc: new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await NudgeSeed.InProcessAsync(h.Dbs, T, "rec-1", tom, Tue.AddDays(-6));
        var planner = h.Get<NudgePlanner>();

        var report = await planner.PlanAsync(Utc("2025-11-18T08:30:00"));
        var again = await planner.PlanAsync(Utc("2025-11-19T08:30:00"));

        Assert.Equal(1, report.StalePrompts);
        var rows = await OutboxAsync(h);
        Assert.Equal(2, rows.Count(r => r.Kind == NudgeRecord.StaleKind));
        var stale = rows.Single(r => r.IdempotencyKey == "stale:msteams:rec-1:2025-11-18");
        var card = CardPayload.Deserialize(stale.Payload);
        Assert.Equal(["Priya Shah"], card.Rows("items").Select(i => (string)i["name"]!));
        Assert.Equal(1, again.StalePrompts); // Tom reaches 7 days on Wednesday; Priya is not asked again until a week later
        var wednesday = CardPayload.Deserialize((await OutboxAsync(h)).Single(r => r.IdempotencyKey == "stale:msteams:rec-1:2025-11-19").Payload);
        Assert.Equal(["Tom Lee"], wednesday.Rows("items").Select(i => (string)i["name"]!));
    }

    [Fact]
    public async Task PlanAsync_InProcessResolvedByLaterOutcome_NoPrompt()
    {
        await using var h = await WithRecruiterAsync();
        var priya = await NudgeSeed.CandidateAsync(h.Dbs, T, "rec-1", "Priya Shah", null, loggedUtc: new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await NudgeSeed.InProcessAsync(h.Dbs, T, "rec-1", priya, Tue.AddDays(-10));
        await using (var db = h.Dbs.For(T))
        {
            db.OutcomeEvents.Add(new OutcomeEvent
            {
                TenantId = T, CandidateId = priya, Outcome = Outcome.Rejected, NextContactWhy = "x", LoggedByUserId = "rec-1",
                LoggedAtUtc = new DateTime(2025, 11, 14, 12, 0, 0, DateTimeKind.Utc), BatchId = Guid.NewGuid(),
            });
            await db.SaveChangesAsync();
        }

        var report = await h.Get<NudgePlanner>().PlanAsync(Utc("2025-11-18T08:30:00"));

        Assert.Equal(0, report.StalePrompts);
    }
}
