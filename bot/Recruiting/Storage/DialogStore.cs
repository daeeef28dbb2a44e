using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace RecruitBot.Recruiting.Storage;

/// <summary>
/// Persists pending dialogs so they survive restarts. One live dialog per (conversation, user): starting a new one
/// replaces the old. Finished dialogs are kept, with their result, until expiry so a repeated card action gets the
/// same answer instead of acting twice.
/// </summary>
public sealed class DialogStore(RecruitingDbFactory dbs)
{
    // Stored text stays as written (no \u escapes), so erasure can find every copy of a name in it.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<StoredDialog<T>?> FindLiveAsync<T>(string tenantId, string conversationId, string userId, string kind, DateTime nowUtc, CancellationToken ct = default)
    {
        var row = (await LiveRowsAsync(tenantId, conversationId, userId, nowUtc, ct)).FirstOrDefault(d => d.Kind == kind);
        return row is null ? null : Read<T>(row);
    }

    /// <summary>
    /// Every live dialog of this person here, newest first. The engine and each feature ask for their own kind on
    /// every turn, so within a turn they share one query; any write through this store drops the shared copy.
    /// </summary>
    private async Task<IReadOnlyList<DialogStateRecord>> LiveRowsAsync(string tenantId, string conversationId, string userId, DateTime nowUtc, CancellationToken ct)
    {
        var cache = TurnCache.Current;
        if (cache?.Dialogs(tenantId, conversationId, userId, nowUtc) is { } cached) return cached;
        await using var db = dbs.For(tenantId);
        var rows = await db.Dialogs.AsNoTracking()
            .Where(d => d.ConversationId == conversationId && d.UserId == userId && d.CompletedAtUtc == null && d.ExpiresAtUtc > nowUtc)
            .OrderByDescending(d => d.CreatedAtUtc).ToListAsync(ct);
        cache?.RememberDialogs(tenantId, conversationId, userId, nowUtc, rows);
        return rows;
    }

    public async Task<StoredDialog<T>?> FindAsync<T>(string tenantId, Guid id, string kind, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        var row = await db.Dialogs.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.Kind == kind, ct);
        return row is null ? null : Read<T>(row);
    }

    /// <summary>Starts a dialog, replacing any live one of the same kind for this user in this conversation.</summary>
    public async Task<Guid> StartAsync<T>(string tenantId, string conversationId, string userId, string kind, T state, DateTime nowUtc, TimeSpan ttl, CancellationToken ct = default)
    {
        TurnCache.Current?.ForgetDialogs();
        await using var db = dbs.For(tenantId);
        await db.Dialogs.Where(d => d.ConversationId == conversationId && d.UserId == userId && d.Kind == kind && d.CompletedAtUtc == null)
            .ExecuteDeleteAsync(ct);
        // Finished and expired dialogs are only kept to answer repeated actions; sweep them as we go.
        await db.Dialogs.Where(d => d.ExpiresAtUtc < nowUtc).ExecuteDeleteAsync(ct);
        var row = new DialogStateRecord
        {
            TenantId = tenantId, ConversationId = conversationId, UserId = userId, Kind = kind,
            Payload = JsonSerializer.Serialize(state, Json), CreatedAtUtc = nowUtc, ExpiresAtUtc = nowUtc + ttl,
        };
        db.Dialogs.Add(row);
        await db.SaveChangesAsync(ct);
        return row.Id;
    }

    public async Task UpdateAsync<T>(string tenantId, Guid id, T state, DateTime nowUtc, TimeSpan ttl, CancellationToken ct = default)
    {
        TurnCache.Current?.ForgetDialogs();
        await using var db = dbs.For(tenantId);
        var row = await db.Dialogs.SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new InvalidOperationException("The dialog no longer exists.");
        row.Payload = JsonSerializer.Serialize(state, Json);
        row.ExpiresAtUtc = nowUtc + ttl;
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(string tenantId, Guid id, CancellationToken ct = default)
    {
        TurnCache.Current?.ForgetDialogs();
        await using var db = dbs.For(tenantId);
        await db.Dialogs.Where(d => d.Id == id).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Marks a dialog finished inside another unit of work, so it commits with the write it describes. The update is
    /// conditional, so of two concurrent confirmations exactly one wins; the other gets <see cref="DialogAlreadyCompletedException"/>.
    /// </summary>
    public static async Task CompleteAsync(RecruitingDb db, Guid id, string summary, DateTime nowUtc, TimeSpan keepFor, CancellationToken ct = default)
    {
        TurnCache.Current?.ForgetDialogs();
        var until = nowUtc + keepFor;
        // The draft is now in the outcome rows; the payload is cleared so no second copy of personal data remains.
        var updated = await db.Dialogs.Where(d => d.Id == id && d.CompletedAtUtc == null).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.CompletedAtUtc, nowUtc)
            .SetProperty(d => d.CompletionSummary, summary)
            .SetProperty(d => d.Payload, "{}")
            .SetProperty(d => d.ExpiresAtUtc, until), ct);
        if (updated == 0) throw new DialogAlreadyCompletedException();
    }

    private static StoredDialog<T> Read<T>(DialogStateRecord row) =>
        new(row.Id, row.ConversationId, row.UserId,
            row.CompletedAtUtc is null ? JsonSerializer.Deserialize<T>(row.Payload, Json)! : default!,
            row.ExpiresAtUtc, row.CompletedAtUtc, row.CompletionSummary);
}
