using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Slack.Inbox;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack.Inbox;

/// <summary>The group-commit writer under a flood: bounded memory, every acked row committed, nothing lost.</summary>
public sealed class SlackInboxBatchWriterTests
{
    private sealed class Factory(string file) : IDbContextFactory<SlackDb>
    {
        public SlackDb CreateDbContext() => new(SqliteSchema.Options<SlackDb>(file, SlackDb.HistoryTable));
    }

    private static Factory NewStore()
    {
        var dbs = new Factory(SqliteSchema.NewFile());
        using (var db = dbs.CreateDbContext()) db.Database.Migrate();
        return dbs;
    }

    private static SlackInboxItem Row(int i) => new()
    {
        Id = Guid.NewGuid(), TenantId = "T1", EventId = $"Ev{i}", Kind = "event", Payload = $"{{\"n\":{i},\"pad\":\"{new string('x', 2000)}\"}}",
        Status = SlackInboxStatus.Pending, ReceivedAtUtc = DateTime.UtcNow,
    };

    [Fact]
    public async Task InsertAsync_FloodFarBeyondCapacity_QueueNeverExceedsCapAndEveryRowIsStored()
    {
        var dbs = NewStore();
        const int capacity = 8, flood = 1500;
        await using (var writer = new SlackInboxBatchWriter(dbs, capacity, TimeSpan.Zero))
        {
            var inserted = await Task.WhenAll(Enumerable.Range(0, flood).Select(i => Task.Run(() => writer.InsertAsync(Row(i), CancellationToken.None))));

            Assert.All(inserted, Assert.True);
            Assert.InRange(writer.HighWater, 1, capacity);
            // The flood really overflowed the queue, so the write-through path carried part of it.
            Assert.True(writer.WrittenThrough > 0, "the queue never filled, so the overflow path was not exercised");
        }
        await using var db = dbs.CreateDbContext();
        Assert.Equal(flood, await db.Inbox.CountAsync());
        Assert.Equal(flood, await db.Inbox.Select(x => x.EventId).Distinct().CountAsync());
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task InsertAsync_FullQueueWithBriefWait_RetriesDedupedAndNothingLost()
    {
        var dbs = NewStore();
        await using (var writer = new SlackInboxBatchWriter(dbs, 4, TimeSpan.FromMilliseconds(20)))
        {
            // Each event delivered twice at once: the overflow path must dedupe like the batch path does.
            var inserted = await Task.WhenAll(Enumerable.Range(0, 600).Select(i => Task.Run(() => writer.InsertAsync(Row(i % 300), CancellationToken.None))));
            Assert.Equal(300, inserted.Count(x => x));
            Assert.InRange(writer.HighWater, 1, 4);
        }
        await using var db = dbs.CreateDbContext();
        Assert.Equal(300, await db.Inbox.CountAsync());
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task InsertAsync_AfterDispose_Refused()
    {
        var writer = new SlackInboxBatchWriter(NewStore());
        await writer.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.InsertAsync(Row(1), CancellationToken.None));
        SqliteConnection.ClearAllPools();
    }
}
