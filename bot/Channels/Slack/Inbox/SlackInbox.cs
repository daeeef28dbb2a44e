using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Channels.Slack.Storage;

namespace RecruitBot.Channels.Slack.Inbox;

/// <summary>
/// The durable hand-off between the 3-second ack and the worker. Inserts ignore duplicates by (tenant, event id);
/// a claim is a lease, so a row claimed by a process that died becomes pending again when the lease runs out.
/// </summary>
public sealed class SlackInbox(IDbContextFactory<SlackDb> dbs, [FromKeyedServices(SlackChannel.ClockKey)] TimeProvider clock) : IAsyncDisposable
{
    public const int MaxAttempts = 5;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Slack retries a delivery three times within about five minutes; a day of done rows dedupes them all.</summary>
    public static readonly TimeSpan KeepDone = TimeSpan.FromDays(1);

    /// <summary>Failed rows stay a while for diagnosis, then go: their payloads are personal data.</summary>
    public static readonly TimeSpan KeepFailed = TimeSpan.FromDays(30);

    // SQLite has one writer and every commit is an fsync: inserts go through one group-committing writer task.
    private readonly SlackInboxBatchWriter _sqliteWriter = new(dbs);

    /// <summary>Stores the request; returns its id, or null when the same event was stored before (a retry).</summary>
    public async Task<Guid?> TryAddAsync(string tenantId, string eventId, string kind, string payload, CancellationToken ct = default)
    {
        var row = new SlackInboxItem
        {
            Id = Guid.NewGuid(), TenantId = tenantId, EventId = eventId, Kind = kind, Payload = payload,
            Status = SlackInboxStatus.Pending, Attempts = 0, ReceivedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (db.Database.IsSqlite()) return await _sqliteWriter.InsertAsync(row, ct) ? row.Id : null;

        // ON CONFLICT DO NOTHING is understood by both SQLite and PostgreSQL, and keeps a retry storm free of exceptions.
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "SlackInbox" ("Id", "TenantId", "EventId", "Kind", "Payload", "Status", "Attempts", "ReceivedAtUtc")
            VALUES ({row.Id}, {tenantId}, {eventId}, {kind}, {payload}, {row.Status}, {0}, {row.ReceivedAtUtc})
            ON CONFLICT ("TenantId", "EventId") DO NOTHING
            """, ct);
        return inserted == 1 ? row.Id : null;
    }

    /// <summary>Takes the lease on a pending row; null when it is done, failed, or leased by someone else.</summary>
    public async Task<SlackInboxItem?> TryClaimAsync(Guid id, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Lease;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var claimed = await db.Inbox
            .Where(x => x.Id == id && x.Status == SlackInboxStatus.Pending && (x.LockedUntilUtc == null || x.LockedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LockedUntilUtc, until).SetProperty(x => x.Attempts, x => x.Attempts + 1), ct);
        return claimed == 1 ? await db.Inbox.AsNoTracking().SingleAsync(x => x.Id == id, ct) : null;
    }

    public async Task MarkDoneAsync(Guid id, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Inbox.Where(x => x.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, SlackInboxStatus.Done)
            .SetProperty(x => x.ProcessedAtUtc, now)
            .SetProperty(x => x.LockedUntilUtc, (DateTime?)null), ct);
    }

    /// <summary>Records a failure; the row is retried after a back-off until <see cref="MaxAttempts"/>.</summary>
    public async Task MarkFailedAsync(Guid id, int attempts, string error, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var status = attempts >= MaxAttempts ? SlackInboxStatus.Failed : SlackInboxStatus.Pending;
        DateTime? retryAt = status == SlackInboxStatus.Pending ? now + TimeSpan.FromSeconds(Math.Pow(4, attempts)) : null;
        var message = error.Length > 2000 ? error[..2000] : error;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Inbox.Where(x => x.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, status)
            .SetProperty(x => x.LastError, message)
            .SetProperty(x => x.LockedUntilUtc, retryAt), ct);
    }

    /// <summary>Rows waiting for a worker, oldest first (restart recovery and overflow sweep).</summary>
    public async Task<IReadOnlyList<Guid>> ListReadyAsync(int limit, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Inbox.AsNoTracking()
            .Where(x => x.Status == SlackInboxStatus.Pending && (x.LockedUntilUtc == null || x.LockedUntilUtc < now))
            .OrderBy(x => x.ReceivedAtUtc).Select(x => x.Id).Take(limit).ToListAsync(ct);
    }

    /// <summary>
    /// Deletes handled rows Slack can no longer retry, so the table is bounded by recent traffic rather than by
    /// history, and raw message payloads are not kept longer than deduplication needs them.
    /// </summary>
    public async Task<int> PurgeHandledAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var doneBefore = now - KeepDone;
        var failedBefore = now - KeepFailed;
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Inbox
            .Where(x => (x.Status == SlackInboxStatus.Done && x.ProcessedAtUtc < doneBefore)
                || (x.Status == SlackInboxStatus.Failed && x.ReceivedAtUtc < failedBefore))
            .ExecuteDeleteAsync(ct);
    }

    public ValueTask DisposeAsync() => _sqliteWriter.DisposeAsync();
}
