using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting.Privacy;

/// <summary>The retention flow on PostgreSQL: its filters (dates, the latest-outcome subquery) run as SQL there too.</summary>
[Trait("Category", "Postgres")]
public sealed class RetentionPostgresTests
{
    [PostgresFact]
    public async Task DailyJob_PastRetentionOnPostgres_LeavesListsThenErased()
    {
        await using var pg = await PostgresDatabase.CreateAsync();
        // Digests are left out here: on main their last-week window is a local DateTime, which Npgsql refuses (the
        // scan branch fixes it); the SQLite run checks digests.
        await RetentionTranscriptTests.PastRetentionFlowAsync(pg.HostSettings(), digests: false);
    }
}
