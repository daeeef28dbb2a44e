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
}
