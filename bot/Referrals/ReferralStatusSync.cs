using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Referrals;

/// <summary>
/// Keeps referrers told. A referral's status follows the newest signal about its candidate since the status last
/// changed: a logged outcome (hired, on hold, or any "not this time" outcome) or a contact note. A change queues one
/// short DM to the referrer, keyed by referral and status so re-running the sync never sends twice.
/// Run it after outcome writes (<see cref="SyncCandidateAsync"/>), on turns, and periodically.
/// </summary>
public sealed class ReferralStatusSync(RecruitingDbFactory dbs, OutcomeLog outcomes)
{
    public const string Kind = "referral-update";

    /// <summary>Per tenant, the <see cref="CandidateChanges"/> version the last per-turn sync started from.</summary>
    private readonly ConcurrentDictionary<string, long> _syncedAt = new(StringComparer.Ordinal);

    /// <summary>After an outcome for <paramref name="candidateId"/> was written or undone.</summary>
    public Task<int> SyncCandidateAsync(string tenantId, Guid candidateId, DateTime nowUtc, CancellationToken ct = default) =>
        SyncAsync(tenantId, q => q.Where(r => r.CandidateId == candidateId), nowUtc, ct);

    /// <summary>Every referral of the tenant that can still move (hired is final).</summary>
    public Task<int> SyncTenantAsync(string tenantId, DateTime nowUtc, CancellationToken ct = default) =>
        SyncAsync(tenantId, q => q, nowUtc, ct);

    /// <summary>
    /// The per-turn sync: runs only when this process may have changed the tenant's candidate history since the last
    /// run (and once per tenant after start-up), so a turn after a quiet one costs no query. Changes made by another
    /// instance reach referrers through <see cref="ReferralSyncWorker"/>.
    /// </summary>
    public async Task<int> SyncTenantIfChangedAsync(string tenantId, DateTime nowUtc, CancellationToken ct = default)
    {
        // Read before the query, so a change signalled while it runs is picked up by the next turn.
        var version = outcomes.Changes.Version(tenantId);
        if (_syncedAt.TryGetValue(tenantId, out var synced) && synced == version) return 0;
        var told = await SyncTenantAsync(tenantId, nowUtc, ct);
        _syncedAt[tenantId] = version;
        return told;
    }

    /// <summary>An explicit status ("mark Alex Kim contacted") for every referral of the named candidate.</summary>
    public async Task<(int Referrals, int Told)> SetStatusAsync(string tenantId, string name, ReferralStatus status, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        var referrals = await ReferralStore.ForNameAsync(db, name, ct);
        var told = 0;
        foreach (var r in referrals)
            if (await MoveAsync(db, r, status, nowUtc, nowUtc, ct)) told++;
        await db.SaveChangesAsync(ct);
        return (referrals.Count, told);
    }

    private async Task<int> SyncAsync(string tenantId, Func<IQueryable<Referral>, IQueryable<Referral>> scope, DateTime nowUtc, CancellationToken ct)
    {
        await using var db = dbs.For(tenantId);
        // Runs after every change: load only referrals with a signal newer than their status, which is usually none.
        var referrals = await scope(db.Set<Referral>())
            .Where(r => r.Status != ReferralStatus.Hired
                && (db.OutcomeEvents.Any(e => e.CandidateId == r.CandidateId && e.RetractedAtUtc == null && e.LoggedAtUtc > r.StatusChangedAtUtc)
                    || db.Notes.Any(n => n.CandidateId == r.CandidateId && n.Kind == NoteKind.Contact && n.RetractedAtUtc == null && n.AtUtc > r.StatusChangedAtUtc)))
            .ToListAsync(ct);
        if (referrals.Count == 0) return 0;
        var ids = referrals.Select(r => r.CandidateId).Distinct().ToList();
        var since = referrals.Min(r => r.StatusChangedAtUtc);
        var events = await db.OutcomeEvents.AsNoTracking()
            .Where(e => ids.Contains(e.CandidateId) && e.RetractedAtUtc == null && e.LoggedAtUtc >= since)
            .Select(e => new { e.CandidateId, e.Outcome, e.LoggedAtUtc }).ToListAsync(ct);
        var contacts = await db.Notes.AsNoTracking()
            .Where(n => ids.Contains(n.CandidateId) && n.Kind == NoteKind.Contact && n.RetractedAtUtc == null && n.AtUtc >= since)
            .Select(n => new { n.CandidateId, n.AtUtc }).ToListAsync(ct);

        var told = 0;
        foreach (var r in referrals)
        {
            var signals = events.Where(e => e.CandidateId == r.CandidateId && e.LoggedAtUtc > r.StatusChangedAtUtc)
                .Select(e => (At: e.LoggedAtUtc, Status: FromOutcome(e.Outcome)))
                .Concat(contacts.Where(n => n.CandidateId == r.CandidateId && n.AtUtc > r.StatusChangedAtUtc)
                    .Select(n => (At: n.AtUtc, Status: ReferralStatus.Contacted)))
                .OrderByDescending(s => s.At).ToList();
            if (signals.Count == 0) continue;
            if (await MoveAsync(db, r, signals[0].Status, signals[0].At, nowUtc, ct)) told++;
        }
        await db.SaveChangesAsync(ct);
        return told;
    }

    /// <returns>True when an update for the referrer was queued.</returns>
    private static async Task<bool> MoveAsync(RecruitingDb db, Referral r, ReferralStatus status, DateTime atUtc, DateTime nowUtc, CancellationToken ct)
    {
        if (r.Status == status) return false;
        r.Status = status;
        r.StatusChangedAtUtc = atUtc;
        if (!r.UpdatesEnabled || r.ReferrerUserId is null) return false;
        var name = await db.Candidates.Where(c => c.Id == r.CandidateId).Select(c => c.DisplayName).SingleAsync(ct);
        return await DirectMessages.EnqueueAsync(db, Kind, $"{Kind}:{r.Id}:{status}", r.ReferrerUserId,
            ReferralViews.Update(name, r.RoleTitle, status), nowUtc, ct);
    }

    /// <summary>What the referrer hears for an outcome: whether it worked out, never why.</summary>
    public static ReferralStatus FromOutcome(Outcome o) => o switch
    {
        Outcome.Hired => ReferralStatus.Hired,
        Outcome.OnHold => ReferralStatus.OnHold,
        _ => ReferralStatus.NotSelected,
    };
}
