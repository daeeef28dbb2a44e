using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Slack.Inbox;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack.Inbox;

public sealed class SlackInboxTests
{
    private sealed class Factory(string file) : IDbContextFactory<SlackDb>
    {
        public string File => file;

        public SlackDb CreateDbContext() => new(SqliteSchema.Options<SlackDb>(file, SlackDb.HistoryTable));
    }

    private static (SlackInbox Inbox, Factory Dbs) NewInbox()
    {
        var dbs = new Factory(SqliteSchema.NewFile());
        using (var db = dbs.CreateDbContext()) db.Database.Migrate();
        return (new SlackInbox(dbs, TimeProvider.System), dbs);
    }

    [Fact]
    public async Task TryAdd_SameEventThreeTimes_StoredOnce()
    {
        var (inbox, dbs) = NewInbox();
        var first = await inbox.TryAddAsync("T1", "Ev1", "event", "{}");
        var second = await inbox.TryAddAsync("T1", "Ev1", "event", "{}");
        var third = await inbox.TryAddAsync("T1", "Ev1", "event", "{}");
        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Null(third);
        await using var db = dbs.CreateDbContext();
        Assert.Equal(1, await db.Inbox.CountAsync());
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task TryAdd_ConcurrentBurstWithRetries_EachEventStoredOnceAndAckedOnce()
    {
        var (inbox, dbs) = NewInbox();
        await using var _ = inbox;
        // 200 distinct events, each delivered three times at once, so duplicates land in the same group commit.
        var calls = Enumerable.Range(0, 600).Select(i => Task.Run(() => inbox.TryAddAsync("T1", $"Ev{i % 200}", "event", $"{{\"n\":{i}}}"))).ToArray();
        var ids = await Task.WhenAll(calls);

        Assert.Equal(200, ids.Count(id => id is not null));
        await using var db = dbs.CreateDbContext();
        var stored = await db.Inbox.AsNoTracking().ToListAsync();
        Assert.Equal(200, stored.Select(x => x.EventId).Distinct().Count());
        Assert.Equal(ids.Where(id => id is not null).Select(id => id!.Value).Order(), stored.Select(x => x.Id).Order());
        Assert.All(stored, x => Assert.Equal(SlackInboxStatus.Pending, x.Status));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task TryAdd_Acked_RowAlreadyCommittedAndVisibleToAnotherConnection()
    {
        var (inbox, dbs) = NewInbox();
        await using var _ = inbox;
        var id = await inbox.TryAddAsync("T1", "Ev1", "event", "{\"a\":1}");
        await using var other = new SqliteConnection($"Data Source={dbs.File}");
        await other.OpenAsync();
        await using var cmd = other.CreateCommand();
        cmd.CommandText = "SELECT \"Payload\" FROM \"SlackInbox\" WHERE \"EventId\" = 'Ev1'";
        Assert.NotNull(id);
        Assert.Equal("{\"a\":1}", await cmd.ExecuteScalarAsync());
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task TryAdd_SameEventIdOtherTeam_StoredTwice()
    {
        var (inbox, _) = NewInbox();
        Assert.NotNull(await inbox.TryAddAsync("T1", "Ev1", "event", "{}"));
        Assert.NotNull(await inbox.TryAddAsync("T2", "Ev1", "event", "{}"));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task TryClaim_Twice_SecondClaimRefused()
    {
        var (inbox, _) = NewInbox();
        var id = (await inbox.TryAddAsync("T1", "Ev1", "event", "{}"))!.Value;
        var claimed = await inbox.TryClaimAsync(id);
        Assert.NotNull(claimed);
        Assert.Equal(1, claimed.Attempts);
        Assert.Null(await inbox.TryClaimAsync(id));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task MarkDone_ClaimedRow_NotReadyAnymore()
    {
        var (inbox, _) = NewInbox();
        var id = (await inbox.TryAddAsync("T1", "Ev1", "event", "{}"))!.Value;
        Assert.Contains(id, await inbox.ListReadyAsync(10));
        await inbox.TryClaimAsync(id);
        await inbox.MarkDoneAsync(id);
        Assert.Empty(await inbox.ListReadyAsync(10));
        Assert.Null(await inbox.TryClaimAsync(id));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task MarkFailed_LastAttempt_StatusFailed()
    {
        var (inbox, dbs) = NewInbox();
        var id = (await inbox.TryAddAsync("T1", "Ev1", "event", "{}"))!.Value;
        await inbox.MarkFailedAsync(id, SlackInbox.MaxAttempts, "boom");
        await using var db = dbs.CreateDbContext();
        Assert.Equal(SlackInboxStatus.Failed, (await db.Inbox.SingleAsync()).Status);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task PurgeHandled_OldDoneAndOldFailedRows_DeletedWhilePendingAndRecentStay()
    {
        var dbs = new Factory(SqliteSchema.NewFile());
        using (var migrate = dbs.CreateDbContext()) migrate.Database.Migrate();
        var clock = new RecruitBot.Tests.Nudges.Delivery.ManualClock(new DateTimeOffset(2025, 11, 1, 9, 0, 0, TimeSpan.Zero));
        await using var inbox = new SlackInbox(dbs, clock);
        var done = (await inbox.TryAddAsync("T1", "Done", "event", "{}"))!.Value;
        var failed = (await inbox.TryAddAsync("T1", "Failed", "event", "{}"))!.Value;
        var pending = (await inbox.TryAddAsync("T1", "Pending", "event", "{}"))!.Value;
        await inbox.MarkDoneAsync(done);
        await inbox.MarkFailedAsync(failed, SlackInbox.MaxAttempts, "boom");

        clock.Advance(SlackInbox.KeepDone + TimeSpan.FromMinutes(1));
        var recent = (await inbox.TryAddAsync("T1", "Recent", "event", "{}"))!.Value;
        await inbox.MarkDoneAsync(recent);
        Assert.Equal(1, await inbox.PurgeHandledAsync());
        clock.Advance(SlackInbox.KeepFailed);
        Assert.Equal(2, await inbox.PurgeHandledAsync());

        await using var db = dbs.CreateDbContext();
        Assert.Equal([pending], await db.Inbox.Select(x => x.Id).ToListAsync());
        SqliteConnection.ClearAllPools();
    }
}
