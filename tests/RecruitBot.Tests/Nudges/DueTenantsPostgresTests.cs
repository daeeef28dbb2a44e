using Microsoft.EntityFrameworkCore;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges;

/// <summary>The cross-tenant pre-scan and the planner on PostgreSQL (dates, booleans and the filter bypass translate there too).</summary>
[Trait("Category", "Postgres")]
public sealed class DueTenantsPostgresTests
{
    private static readonly DateOnly Tue = new(2025, 11, 18);

    [PostgresFact]
    public async Task PlanAsync_OnPostgres_OnlyTenantsWithSomeoneDuePlanned()
    {
        await using var pg = await PostgresDatabase.CreateAsync();
        await using var h = await NudgeHarness.StartAsync(settings: pg.HostSettings());
        await NudgeSeed.MemberAsync(h.Dbs, "t1", "rec-1", "msteams", "UTC", new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc));
        await NudgeSeed.MemberAsync(h.Dbs, "t2", "rec-2", "msteams", "UTC", new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc));
        await NudgeSeed.CandidateAsync(h.Dbs, "t1", "rec-1", "Dana Fox", Tue);
        await NudgeSeed.CandidateAsync(h.Dbs, "t2", "rec-2", "Sam Hill", Tue.AddDays(30));
        await NudgeSeed.CandidateAsync(h.Dbs, "t3", "rec-3", "Lee Park", Tue.AddDays(-3), doNotContact: true);

        var report = await h.Get<NudgePlanner>().PlanAsync(new DateTimeOffset(2025, 11, 18, 8, 30, 0, TimeSpan.Zero));

        Assert.Equal(new PlanReport(1, 1, 0), report);
    }

    [PostgresFact]
    public async Task DueSetAsync_ScanOfTwoOfThreeTenantsOnPostgres_OnlyTheirCandidates()
    {
        await using var pg = await PostgresDatabase.CreateAsync();
        await using var h = await NudgeHarness.StartAsync(settings: pg.HostSettings());
        foreach (var t in new[] { "t1", "t2", "t3" }) await NudgeSeed.CandidateAsync(h.Dbs, t, "rec-1", $"Dana Fox {t}", Tue);
        await using var scan = h.Get<TenantScanDbFactory>().For(["t1", "t3"]);

        var due = await NudgeQueries.DueSetAsync(scan, Tue, default);

        Assert.Equal(["t1", "t3"], due.Select(d => d.TenantId).Order(StringComparer.Ordinal));
        Assert.Equal(2, await scan.OutcomeEvents.CountAsync());
    }
}
