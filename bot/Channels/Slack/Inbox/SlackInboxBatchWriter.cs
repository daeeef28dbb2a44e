using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Slack.Storage;

namespace RecruitBot.Channels.Slack.Inbox;

/// <summary>
/// Group commit for SQLite inbox inserts. SQLite has one writer and each durable commit costs an fsync, so one
/// writer takes every insert waiting at that moment and commits them in a single transaction: one fsync for the
/// whole batch. Each caller's task completes only after its batch is committed, so "persist first, then ack" holds.
/// </summary>
internal sealed class SlackInboxBatchWriter : IAsyncDisposable
{
    // Bounds one transaction so a huge backlog still commits (and acks) in steady steps.
    private const int MaxBatch = 256;

    private readonly IDbContextFactory<SlackDb> _dbs;
    private readonly Channel<PendingInsert> _pending = Channel.CreateUnbounded<PendingInsert>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread _thread;

    public SlackInboxBatchWriter(IDbContextFactory<SlackDb> dbs)
    {
        _dbs = dbs;
        // Microsoft.Data.Sqlite does its I/O synchronously even behind async APIs; a fsync held on a pool thread starves
        // the pool on small machines (new threads are injected about once a second), so the writer owns its thread.
        _thread = new Thread(Run) { IsBackground = true, Name = "slack-inbox-writer" };
        _thread.Start();
    }

    /// <summary>True when the row was inserted, false when (tenant, event id) was already stored.</summary>
    public Task<bool> InsertAsync(SlackInboxItem row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var pending = new PendingInsert(row);
        if (!_pending.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(SlackInboxBatchWriter));
        // A caller that gives up still gets its row committed; Slack's retry then dedupes against it.
        return pending.Done.Task.WaitAsync(ct);
    }

    private void Run()
    {
        var batch = new List<PendingInsert>(MaxBatch);
        var reader = _pending.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var next)) batch.Add(next);
            try
            {
                var inserted = Commit(batch);
                for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(inserted[i]);
            }
            catch (Exception) when (batch.Count > 1)
            {
                // One bad row must not fail its neighbours: fall back to a transaction per row for this batch.
                foreach (var one in batch) CommitAlone(one);
            }
            catch (Exception e)
            {
                batch[0].Done.TrySetException(e);
            }
        }
    }

    private void CommitAlone(PendingInsert one)
    {
        try
        {
            one.Done.TrySetResult(Commit([one])[0]);
        }
        catch (Exception e)
        {
            one.Done.TrySetException(e);
        }
    }

    private bool[] Commit(IReadOnlyList<PendingInsert> batch)
    {
        var inserted = new bool[batch.Count];
        using var db = _dbs.CreateDbContext();
        using var tx = db.Database.BeginTransaction();
        for (var i = 0; i < batch.Count; i++)
        {
            var r = batch[i].Row;
            // ON CONFLICT DO NOTHING also dedupes two deliveries of one event inside the same batch.
            inserted[i] = db.Database.ExecuteSqlInterpolated($"""
                INSERT INTO "SlackInbox" ("Id", "TenantId", "EventId", "Kind", "Payload", "Status", "Attempts", "ReceivedAtUtc")
                VALUES ({r.Id}, {r.TenantId}, {r.EventId}, {r.Kind}, {r.Payload}, {r.Status}, {r.Attempts}, {r.ReceivedAtUtc})
                ON CONFLICT ("TenantId", "EventId") DO NOTHING
                """) == 1;
        }
        tx.Commit();
        return inserted;
    }

    public ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        // The thread drains what is queued, then ends; joining off the caller's thread keeps shutdown async.
        return new ValueTask(Task.Run(_thread.Join));
    }

    private sealed record PendingInsert(SlackInboxItem Row)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
