using Microsoft.EntityFrameworkCore;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;

using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges;

public sealed class DueTenantsTests
{
    private static readonly DateOnly Tue = new(2025, 11, 18);

    private static Task<List<string>> ScanAsync(BotHarness h, DateOnly until) =>
        DueTenants.ScanAsync(h.Get<IDbContextFactory<RecruitingDb>>(), until, 7);

    [Fact]
    public void LatestLocalDate_LateUtcEvening_IsTomorrowInKiritimati()
    {
        // At 09:30 UTC a card an hour ahead sends at 10:30 UTC, which is already 00:30 Wednesday at UTC+14.
        Assert.Equal(Tue.AddDays(1), DueTenants.LatestLocalDate(new DateTimeOffset(2025, 11, 18, 9, 30, 0, TimeSpan.Zero), 60));
        Assert.Equal(Tue, DueTenants.LatestLocalDate(new DateTimeOffset(2025, 11, 18, 8, 59, 0, TimeSpan.Zero), 60));
    }

    [Fact]
    public async Task LatestLocalDateAsync_OnlyZonesInUse_TomorrowOnlyOnceSomeoneIsThere()
    {
        await using var h = await NudgeHarness.StartAsync();
        var contexts = h.Get<IDbContextFactory<RecruitingDb>>();
        var now = new DateTimeOffset(2025, 11, 18, 10, 30, 0, TimeSpan.Zero);
        await NudgeSeed.MemberAsync(h.Dbs, "t1", "rec-1", "msteams", "Europe/London", new DateTime(2025, 11, 1));
        await NudgeSeed.MemberAsync(h.Dbs, "t2", "rec-2", "slack", null, new DateTime(2025, 11, 1));

        Assert.Equal(Tue, await DueTenants.LatestLocalDateAsync(contexts, now, 60));

        await NudgeSeed.MemberAsync(h.Dbs, "t3", "rec-3", "msteams", "Pacific/Kiritimati", new DateTime(2025, 11, 1));
        Assert.Equal(Tue.AddDays(1), await DueTenants.LatestLocalDateAsync(contexts, now, 60));
    }

    [Fact]
    public async Task ScanAsync_DueNotDueAndDoNotContact_OnlyTenantsWithSomeoneContactableDue()
    {
        await using var h = await NudgeHarness.StartAsync();
        await NudgeSeed.CandidateAsync(h.Dbs, "due", "rec-1", "Dana Fox", Tue);
        await NudgeSeed.CandidateAsync(h.Dbs, "later", "rec-1", "Sam Hill", Tue.AddDays(1));
        await NudgeSeed.CandidateAsync(h.Dbs, "never", "rec-1", "Ana Ruiz", null);
        await NudgeSeed.CandidateAsync(h.Dbs, "dnc", "rec-1", "Lee Park", Tue.AddDays(-30), doNotContact: true);

        Assert.Equal(["due"], await ScanAsync(h, Tue));
        Assert.Equal(["due", "later"], await ScanAsync(h, Tue.AddDays(1)));
    }

    [Fact]
    public async Task ScanAsync_InProcessOldEnoughAndNotPromptedThisPeriod_TenantIncluded()
    {
        await using var h = await NudgeHarness.StartAsync();
        var a = await NudgeSeed.CandidateAsync(h.Dbs, "stale", "hm-1", "Dana Fox", null);
        await NudgeSeed.InProcessAsync(h.Dbs, "stale", "hm-1", a, Tue.AddDays(-7));
        var b = await NudgeSeed.CandidateAsync(h.Dbs, "fresh", "hm-1", "Sam Hill", null);
        await NudgeSeed.InProcessAsync(h.Dbs, "fresh", "hm-1", b, Tue.AddDays(-6));
        var c = await NudgeSeed.CandidateAsync(h.Dbs, "asked", "hm-1", "Ana Ruiz", null);
        var asked = await NudgeSeed.InProcessAsync(h.Dbs, "asked", "hm-1", c, Tue.AddDays(-20));
        await using (var db = h.Dbs.For("asked"))
        {
            var row = await db.Set<InProcessRecord>().SingleAsync(r => r.Id == asked.Id);
            row.LastPromptedOn = Tue.AddDays(-3);
            await db.SaveChangesAsync();
        }

        Assert.Equal(["stale"], await ScanAsync(h, Tue));
        Assert.Equal(["asked", "fresh", "stale"], await ScanAsync(h, Tue.AddDays(4)));
    }

    [Fact]
    public async Task PlanAsync_TenantWithMembersButNobodyDue_NotPlanned()
    {
        await using var h = await NudgeHarness.StartAsync();
        await NudgeSeed.MemberAsync(h.Dbs, "t1", "rec-1", "msteams", "UTC", new DateTime(2025, 11, 1));
        await NudgeSeed.MemberAsync(h.Dbs, "t2", "rec-2", "msteams", "UTC", new DateTime(2025, 11, 1));
        await NudgeSeed.CandidateAsync(h.Dbs, "t1", "rec-1", "Dana Fox", Tue);
        await NudgeSeed.CandidateAsync(h.Dbs, "t2", "rec-2", "Sam Hill", Tue.AddDays(30));

        var report = await h.Get<NudgePlanner>().PlanAsync(new DateTimeOffset(2025, 11, 18, 8, 30, 0, TimeSpan.Zero));

        Assert.Equal(new PlanReport(1, 1, 0), report);
    }

    [Fact]
    public async Task PlanAsync_DueTomorrowInKiritimati_PlannedAtItsNineWhileUtcIsStillToday()
    {
        await using var h = await NudgeHarness.StartAsync();
        await NudgeSeed.MemberAsync(h.Dbs, "t1", "rec-1", "msteams", "Pacific/Kiritimati", new DateTime(2025, 11, 1));
        await NudgeSeed.CandidateAsync(h.Dbs, "t1", "rec-1", "Dana Fox", Tue.AddDays(1));

        // 18:30 UTC Tuesday is 08:30 Wednesday in Kiritimati: Wednesday's 09:00 card is within the plan-ahead hour.
        var report = await h.Get<NudgePlanner>().PlanAsync(new DateTimeOffset(2025, 11, 18, 18, 30, 0, TimeSpan.Zero));

        Assert.Equal(1, report.Nudges);
        await using var db = h.Dbs.For("t1");
        Assert.Equal("nudge:msteams:rec-1:2025-11-19", (await db.Outbox.SingleAsync()).IdempotencyKey);
    }

    [Fact]
    public async Task ScanQueries_OnSqlite_SearchTheDateFirstCoveringIndexes()
    {
        await using var h = await NudgeHarness.StartAsync();
        await using var db = await h.Get<IDbContextFactory<RecruitingDb>>().CreateDbContextAsync();

        var due = await PlanAsync(db, DueTenants.DueQuery(db, Tue).ToQueryString());
        var stale = await PlanAsync(db, DueTenants.StaleQuery(db, Tue).ToQueryString());

        Assert.Contains("SEARCH c USING COVERING INDEX IX_Candidates_NextContact_Tenant", due);
        Assert.Contains("USING COVERING INDEX IX_InProcess_Started_Tenant", stale);
        Assert.DoesNotContain("SCAN", due + stale);
    }

    /// <summary>EXPLAIN QUERY PLAN of EF's SQL (its parameter declarations become bound parameters).</summary>
    private static async Task<string> PlanAsync(RecruitingDb db, string sql)
    {
        var lines = sql.Split('\n');
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        foreach (var declaration in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = declaration[".param set ".Length..].Split(' ', 2);
            var p = cmd.CreateParameter();
            p.ParameterName = parts[0];
            p.Value = parts[1].Trim('\'');
            cmd.Parameters.Add(p);
        }
        cmd.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
        var plan = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return string.Join(" | ", plan);
    }
}
