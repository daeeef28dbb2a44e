using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Delivery;

/// <summary>
/// The only code that reads and writes the outbox across tenants. Delivery is global: one dispatcher serves every
/// tenant, so these queries ignore the tenant filter on purpose. Nothing here returns tenant data to a person; it
/// hands rows to channel adapters, and every write is guarded by the row id and this dispatcher's lease.
/// </summary>
public sealed class OutboxLeases(IDbContextFactory<RecruitingDb> dbs)
{
    private const int MaxErrorLength = 2000;

    /// <summary>
    /// Leases up to <paramref name="batchSize"/> due rows of the given channels and counts the attempt as started.
    /// PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>, so instances lease disjoint rows without waiting on each other.
    /// SQLite: one writer under <c>BEGIN IMMEDIATE</c>, so select-and-lease is one step no other writer can split.
    /// </summary>
    /// <param name="dueUtc">Business "now": rows planned for later stay put.</param>
    /// <param name="realNowUtc">Real "now": expired leases and elapsed retry waits are free to take.</param>
    public async Task<IReadOnlyList<LeasedMessage>> LeaseAsync(string owner, IReadOnlyCollection<string> channels, DateTime dueUtc,
        DateTime realNowUtc, TimeSpan lease, int batchSize, CancellationToken ct)
    {
        if (channels.Count == 0 || batchSize <= 0) return [];
        var until = realNowUtc + lease;
        await using var db = await dbs.CreateDbContextAsync(ct);
        return db.Database.IsNpgsql()
            ? await LeasePostgresAsync(db, owner, channels.ToArray(), dueUtc, realNowUtc, until, batchSize, ct)
            : await LeaseSqliteAsync(db, owner, channels.ToList(), dueUtc, realNowUtc, until, batchSize, ct);
    }

    private static async Task<IReadOnlyList<LeasedMessage>> LeasePostgresAsync(RecruitingDb db, string owner, string[] channels,
        DateTime dueUtc, DateTime realNowUtc, DateTime until, int batchSize, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var pending = nameof(OutboxStatus.Pending);
        var rows = await db.Outbox.FromSqlInterpolated($"""
            SELECT * FROM "Outbox"
            WHERE "Status" = {pending} AND "NextAttemptAtUtc" <= {dueUtc}
              AND ("LeaseUntilUtc" IS NULL OR "LeaseUntilUtc" <= {realNowUtc})
              AND "ChannelId" = ANY({channels})
            ORDER BY "NextAttemptAtUtc"
            LIMIT {batchSize}
            FOR UPDATE SKIP LOCKED
            """).IgnoreQueryFilters().AsNoTracking().ToListAsync(ct);
        var leased = await StampAsync(db, rows, owner, until, ct);
        await tx.CommitAsync(ct);
        return leased;
    }

    private static async Task<IReadOnlyList<LeasedMessage>> LeaseSqliteAsync(RecruitingDb db, string owner, List<string> channels,
        DateTime dueUtc, DateTime realNowUtc, DateTime until, int batchSize, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Taking the write lock up front: a deferred transaction could read, lose the race and double-lease.
            await db.Database.ExecuteSqlRawAsync("BEGIN IMMEDIATE", ct);
            try
            {
                var rows = await db.Outbox.IgnoreQueryFilters().AsNoTracking()
                    .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAtUtc <= dueUtc
                        && (o.LeaseUntilUtc == null || o.LeaseUntilUtc <= realNowUtc) && channels.Contains(o.ChannelId))
                    .OrderBy(o => o.NextAttemptAtUtc).Take(batchSize).ToListAsync(ct);
                var leased = await StampAsync(db, rows, owner, until, ct);
                await db.Database.ExecuteSqlRawAsync("COMMIT", ct);
                return leased;
            }
            catch
            {
                try { await db.Database.ExecuteSqlRawAsync("ROLLBACK", CancellationToken.None); }
                catch (Exception) { /* the transaction is already gone; the original error matters */ }
                throw;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<IReadOnlyList<LeasedMessage>> StampAsync(RecruitingDb db, List<OutboxMessage> rows, string owner,
        DateTime until, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Id).ToList();
        await db.Outbox.IgnoreQueryFilters().Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.LeaseOwner, owner)
            .SetProperty(o => o.LeaseUntilUtc, until)
            .SetProperty(o => o.Attempts, o => o.Attempts + 1), ct);
        return rows.Select(r => new LeasedMessage(r.Id, r.TenantId, r.Kind, r.IdempotencyKey, r.ChannelId, r.Recipient, r.Payload,
            r.Attempts + 1, until)).ToList();
    }

    /// <summary>The channel accepted it. False when the lease was lost to another instance meanwhile.</summary>
    public Task<bool> MarkSentAsync(Guid id, string owner, DateTime sentAtUtc, CancellationToken ct) =>
        UpdateLeasedAsync(id, owner, s => s
            .SetProperty(o => o.Status, OutboxStatus.Sent).SetProperty(o => o.SentAtUtc, sentAtUtc)
            .SetProperty(o => o.LeaseOwner, (string?)null).SetProperty(o => o.LeaseUntilUtc, (DateTime?)null)
            .SetProperty(o => o.LastError, (string?)null), ct);

    /// <summary>
    /// Try again at <paramref name="retryAtUtc"/> (real clock). The wait is kept in <c>LeaseUntilUtc</c> with no owner,
    /// so the planner's <c>NextAttemptAtUtc</c> keeps its business-clock meaning and a frozen clock cannot stall it.
    /// </summary>
    public Task<bool> MarkRetryAsync(Guid id, string owner, DateTime retryAtUtc, string error, CancellationToken ct) =>
        UpdateLeasedAsync(id, owner, s => s
            .SetProperty(o => o.LeaseOwner, (string?)null).SetProperty(o => o.LeaseUntilUtc, retryAtUtc)
            .SetProperty(o => o.LastError, Truncate(error)), ct);

    /// <summary>Never deliverable: stops retries and shows up in the admin status.</summary>
    public Task<bool> MarkDeadAsync(Guid id, string owner, string error, CancellationToken ct) =>
        UpdateLeasedAsync(id, owner, s => s
            .SetProperty(o => o.Status, OutboxStatus.Dead)
            .SetProperty(o => o.LeaseOwner, (string?)null).SetProperty(o => o.LeaseUntilUtc, (DateTime?)null)
            .SetProperty(o => o.LastError, Truncate(error)), ct);

    /// <summary>Gives a row back unsent (its lease ran too short to start a send); the attempt does not count.</summary>
    public Task<bool> ReleaseAsync(Guid id, string owner, CancellationToken ct) =>
        UpdateLeasedAsync(id, owner, s => s
            .SetProperty(o => o.LeaseOwner, (string?)null).SetProperty(o => o.LeaseUntilUtc, (DateTime?)null)
            .SetProperty(o => o.Attempts, o => o.Attempts - 1), ct);

    /// <summary>Rows of these channels still waiting (due or not): lets a one-shot dispatch know when it is done.</summary>
    public async Task<int> CountPendingAsync(IReadOnlyCollection<string> channels, CancellationToken ct)
    {
        var list = channels.ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Outbox.IgnoreQueryFilters().CountAsync(o => o.Status == OutboxStatus.Pending && list.Contains(o.ChannelId), ct);
    }

    private async Task<bool> UpdateLeasedAsync(Guid id, string owner,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> set, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var n = await db.Outbox.IgnoreQueryFilters()
            .Where(o => o.Id == id && o.LeaseOwner == owner && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(set, ct);
        return n == 1;
    }

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
