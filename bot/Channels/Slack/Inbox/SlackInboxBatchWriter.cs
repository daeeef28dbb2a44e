using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Slack.Storage;

namespace RecruitBot.Channels.Slack.Inbox;

/// <summary>
/// Group commit for SQLite inbox inserts. SQLite has one writer and each durable commit costs an fsync, so one
/// writer takes every insert waiting at that moment and commits them in a single transaction: one fsync for the
/// whole batch. Each caller's task completes only after its batch is committed, so "persist first, then ack" holds.
/// The queue is bounded: when it is full a caller waits briefly for room, then commits its own row on its own
/// (slower, still durable), so a flood costs latency but never memory or data. If even that fails, the caller's
/// exception becomes a 5xx and Slack retries the delivery.
/// </summary>
internal sealed class SlackInboxBatchWriter : IAsyncDisposable
{
    // Bounds one transaction so a huge backlog still commits (and acks) in steady steps.
    private const int MaxBatch = 256;

    /// <summary>
    /// Four group commits' worth: enough to keep the writer saturated through a burst, while the memory held is at
    /// most this many request bodies (Slack payloads are a few KB; MaxBodyBytes caps each one).
    /// </summary>
    public const int DefaultCapacity = 4 * MaxBatch;

    /// <summary>How long a caller waits for room before writing through; well inside Slack's 3-second ack budget.</summary>
    public static readonly TimeSpan DefaultFullWait = TimeSpan.FromMilliseconds(250);

    private readonly IDbContextFactory<SlackDb> _dbs;
    private readonly Channel<PendingInsert> _pending;
    private readonly TimeSpan _fullWait;
    private readonly Thread _thread;
    private readonly SemaphoreSlim _writeThroughGate = new(1, 1);
    private int _highWater;
    private long _writtenThrough;
    private volatile bool _disposed;

    public SlackInboxBatchWriter(IDbContextFactory<SlackDb> dbs) : this(dbs, DefaultCapacity, DefaultFullWait)
    {
    }

    internal SlackInboxBatchWriter(IDbContextFactory<SlackDb> dbs, int capacity, TimeSpan fullWait)
    {
        _dbs = dbs;
        Capacity = Math.Max(1, capacity);
        _fullWait = fullWait;
        _pending = Channel.CreateBounded<PendingInsert>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        // Microsoft.Data.Sqlite does its I/O synchronously even behind async APIs; a fsync held on a pool thread starves
        // the pool on small machines (new threads are injected about once a second), so the writer owns its thread.
        _thread = new Thread(Run) { IsBackground = true, Name = "slack-inbox-writer" };
        _thread.Start();
    }

    public int Capacity { get; }

    /// <summary>The most inserts ever queued at once; never above <see cref="Capacity"/>.</summary>
    public int HighWater => Volatile.Read(ref _highWater);

    /// <summary>Inserts committed by their caller because the queue stayed full.</summary>
    public long WrittenThrough => Interlocked.Read(ref _writtenThrough);

    /// <summary>True when the row was inserted, false when (tenant, event id) was already stored.</summary>
    public async Task<bool> InsertAsync(SlackInboxItem row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        var pending = new PendingInsert(row);
        if (_pending.Writer.TryWrite(pending) || await TryWriteWithinAsync(pending, ct))
        {
            NoteDepth();
            // A caller that gives up still gets its row committed; Slack's retry then dedupes against it.
            return await pending.Done.Task.WaitAsync(ct);
        }
        // Still full: persist this row on the caller's own transaction. Any failure propagates, so the endpoint answers
        // 5xx and Slack delivers again; the row is never only in memory. One write-through at a time: SQLite has one
        // writer anyway, and each blocks a pool thread, so a flood waits here asynchronously instead of starving the pool.
        await _writeThroughGate.WaitAsync(ct);
        try
        {
            Interlocked.Increment(ref _writtenThrough);
            return Commit([pending])[0];
        }
        finally
        {
            _writeThroughGate.Release();
        }
    }

    private async Task<bool> TryWriteWithinAsync(PendingInsert pending, CancellationToken ct)
    {
        if (_fullWait <= TimeSpan.Zero) return false;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(_fullWait);
        try
        {
            await _pending.Writer.WriteAsync(pending, wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(SlackInboxBatchWriter));
        }
    }

    private void NoteDepth()
    {
        var depth = _pending.Reader.Count;
        var seen = Volatile.Read(ref _highWater);
        while (depth > seen)
        {
            var was = Interlocked.CompareExchange(ref _highWater, depth, seen);
            if (was == seen) break;
            seen = was;
        }
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
        _disposed = true;
        _pending.Writer.TryComplete();
        // The thread drains what is queued, then ends; joining off the caller's thread keeps shutdown async.
        return new ValueTask(Task.Run(_thread.Join));
    }

    private sealed record PendingInsert(SlackInboxItem Row)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
