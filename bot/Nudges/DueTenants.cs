using Microsoft.EntityFrameworkCore;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges;

/// <summary>
/// The planner's cross-tenant pre-scan: which tenants have anyone due (a follow-up date reached, or an in-process
/// record old enough to prompt) by the widest local date any time zone can have. Only those tenants are planned, so a
/// pass costs what is due, not what is stored.
/// </summary>
/// <remarks>
/// This is one of the few reads that deliberately bypasses the tenant query filter. It is safe because it returns
/// tenant ids and nothing else: no candidate field leaves the query, and every read of candidate data afterwards goes
/// through a context bound to one of these tenants. It may over-include (hired, past retention, owner unreachable);
/// the tenant-bound planning decides. It must never under-include, hence the latest possible local date.
/// </remarks>
public static class DueTenants
{
    /// <summary>The largest UTC offset in the tz database (Pacific/Kiritimati, UTC+14).</summary>
    public static readonly TimeSpan WidestOffset = TimeSpan.FromHours(14);

    /// <summary>
    /// The latest local date a card planned at <paramref name="now"/> can be for: its send time is at most
    /// <paramref name="planAheadMinutes"/> away, read in the easternmost zone.
    /// </summary>
    public static DateOnly LatestLocalDate(DateTimeOffset now, int planAheadMinutes) =>
        DateOnly.FromDateTime(now.UtcDateTime.AddMinutes(planAheadMinutes) + WidestOffset);

    /// <summary>
    /// The latest local date a card planned at <paramref name="now"/> can be for, over the time zones members actually
    /// use: at 10:00 UTC Kiritimati is already tomorrow, but if nobody is east of UTC, tomorrow's due set is not due yet.
    /// Reads distinct zone ids only (no tenant, no person), so it too may bypass the tenant filter.
    /// </summary>
    public static async Task<DateOnly> LatestLocalDateAsync(IDbContextFactory<RecruitingDb> contexts, DateTimeOffset now, int planAheadMinutes, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var zones = await db.Members.IgnoreQueryFilters().Select(m => m.TimeZoneId).Distinct().ToListAsync(ct);
        if (zones.Count == 0) return LatestLocalDate(now, planAheadMinutes);
        var latest = now.AddMinutes(planAheadMinutes);
        return zones.Select(z => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(latest, Turn.FindZone(z)).DateTime)).Max();
    }

    /// <summary>Tenants with a contactable candidate due by <paramref name="until"/> or an in-process record that may prompt by then.</summary>
    public static async Task<List<string>> ScanAsync(IDbContextFactory<RecruitingDb> contexts, DateOnly until, int staleAfterDays, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = await DueQuery(db, until).ToListAsync(ct);
        var stale = await StaleQuery(db, until.AddDays(-staleAfterDays)).ToListAsync(ct);
        return due.Union(stale, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A covering range on (NextContactOn, TenantId, DoNotContact). Both bounds matter: with only the upper one SQLite
    /// (no statistics) prefers scanning the tenant-first index in DISTINCT order, i.e. every candidate.
    /// </summary>
    internal static IQueryable<string> DueQuery(RecruitingDb db, DateOnly until) =>
        db.Candidates.IgnoreQueryFilters()
            .Where(c => c.NextContactOn != null && c.NextContactOn <= until && !c.DoNotContact)
            .Select(c => c.TenantId).Distinct();

    /// <summary>A covering range on (StartedOn, TenantId, LastPromptedOn); de-duplicated in memory for the same reason as above.</summary>
    internal static IQueryable<string> StaleQuery(RecruitingDb db, DateOnly staleBy) =>
        db.Set<InProcessRecord>().IgnoreQueryFilters()
            .Where(r => r.StartedOn <= staleBy && (r.LastPromptedOn == null || r.LastPromptedOn <= staleBy))
            .Select(r => r.TenantId);
}
