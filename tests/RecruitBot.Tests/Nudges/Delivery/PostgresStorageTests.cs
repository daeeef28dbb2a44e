using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Channels.Teams.Storage;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges.Delivery;

/// <summary>
/// PostgreSQL as the second provider: the hand-written migrations (which carry no provider types) must build
/// exactly the schema each model describes, and the core transcript must behave as it does on SQLite.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresStorageTests
{
    [PostgresFact]
    public Task Migrate_RecruitingDbOnPostgres_SchemaEqualsModel() =>
        AssertMigratedEqualsModel<RecruitingDb>(o => new RecruitingDb(o), RecruitingDb.HistoryTable);

    [PostgresFact]
    public Task Migrate_TeamsDbOnPostgres_SchemaEqualsModel() =>
        AssertMigratedEqualsModel<TeamsDb>(o => new TeamsDb(o), TeamsDb.HistoryTable);

    [PostgresFact]
    public Task Migrate_SlackDbOnPostgres_SchemaEqualsModel() =>
        AssertMigratedEqualsModel<SlackDb>(o => new SlackDb(o), SlackDb.HistoryTable);

    private static async Task AssertMigratedEqualsModel<T>(Func<DbContextOptions<T>, T> create, string historyTable) where T : DbContext
    {
        await using var migratedDb = await PostgresDatabase.CreateAsync();
        await using var modelDb = await PostgresDatabase.CreateAsync();
        await using (var db = create(migratedDb.Options<T>(historyTable))) await db.Database.MigrateAsync();
        await using (var db = create(modelDb.Options<T>(historyTable))) await db.Database.EnsureCreatedAsync();

        var migrated = await PostgresSchema.ReadAsync(migratedDb.ConnectionString);
        var model = await PostgresSchema.ReadAsync(modelDb.ConnectionString);

        Assert.NotEmpty(model);
        Assert.Equal(model, migrated);
    }

    [PostgresFact]
    public async Task HandleAsync_PriyaLoggedConfirmedRestartedOnPostgres_DueInFebruary()
    {
        await using var pg = await PostgresDatabase.CreateAsync();
        await using var bot = await BotHarness.StartAsync("2025-11-18T09:00:00", pg.HostSettings());

        var confirm = (await bot.SayAsync("Interviewed Priya Shah for the Senior Data Engineer role — strong SQL, weak on system design, "
            + "we went with someone else. Check back in 3 months")).Card("outcome-confirm");
        Assert.Equal("18 Feb 2026", confirm.Items("candidates").Single()["nextContact"]);
        var logged = (await bot.SayAsync("yes")).Card("outcome-logged");
        Assert.Contains("Priya Shah", logged.Summary);

        await bot.RestartAsync();

        var due = (await bot.SayAsync("who is due in February")).Card("due-list");
        var item = Assert.Single(due.Items("items"));
        Assert.Equal("Priya Shah", item["name"]);
        Assert.Equal("18 Feb 2026", item["nextContact"]);
        await using var db = new RecruitingDb(pg.Options<RecruitingDb>(RecruitingDb.HistoryTable)).BindTenant(bot.Tenant);
        Assert.Equal(1, await db.OutcomeEvents.CountAsync());
    }
}
