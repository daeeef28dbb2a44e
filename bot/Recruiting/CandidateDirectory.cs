using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting;

/// <summary>Read side of the store: finding people by name, due lists and timelines. Every read is tenant-bound.</summary>
public sealed class CandidateDirectory(RecruitingDbFactory dbs, Privacy.TenantRetention retention, TimeProvider clock)
{
    /// <summary>Candidates whose normalised name or an alias equals the name's normalised form.</summary>
    public async Task<IReadOnlyList<CandidateMatch>> FindExactAsync(string tenantId, string name, CancellationToken ct = default)
    {
        var key = NameNormalizer.Name(name);
        if (key.Length == 0) return [];
        await using var db = dbs.For(tenantId);
        var aliasKey = "|" + key + "|";
        var ids = await db.Candidates
            .Where(c => c.NormalizedName == key || ("|" + c.Aliases + "|").Contains(aliasKey))
            .OrderBy(c => c.CreatedAtUtc).Select(c => c.Id).Take(20).ToListAsync(ct);
        return await DescribeAsync(db, ids, ct);
    }

    /// <summary>
    /// For "show Priya": exact matches first; otherwise people whose name starts with the words given
    /// (first name, or first and last), so a recruiter can use the name they say aloud.
    /// </summary>
    public async Task<IReadOnlyList<CandidateMatch>> SearchAsync(string tenantId, string query, CancellationToken ct = default)
    {
        var exact = await FindExactAsync(tenantId, query, ct);
        if (exact.Count > 0) return exact;
        var key = NameNormalizer.Name(query);
        if (key.Length < 2) return [];
        await using var db = dbs.For(tenantId);
        var prefix = key + " ";
        var inner = " " + key + " ";
        var ids = await db.Candidates
            .Where(c => c.NormalizedName.StartsWith(prefix) || (" " + c.NormalizedName + " ").Contains(inner))
            .OrderBy(c => c.NormalizedName).Select(c => c.Id).Take(20).ToListAsync(ct);
        return await DescribeAsync(db, ids, ct);
    }

    /// <summary>
    /// Contactable candidates whose next contact falls in [from, to] (from null: everything overdue too); do-not-contact
    /// and anyone past the tenant's retention are left out.
    /// </summary>
    public async Task<IReadOnlyList<DueItem>> DueAsync(string tenantId, DateOnly? from, DateOnly to, int limit = 200, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        var window = await retention.ListingWindowAsync(db, clock.GetUtcNow().UtcDateTime, ct);
        var q = Privacy.RetentionQueries.WithinRetention(db.Candidates.Where(c => c.NextContactOn != null && c.NextContactOn <= to && !c.DoNotContact), db, window);
        if (from is { } f) q = q.Where(c => c.NextContactOn >= f);
        // Read-only list: untracked, and only the columns the list shows.
        var candidates = await q.OrderBy(c => c.NextContactOn).ThenBy(c => c.DisplayName).Take(limit)
            .Select(c => new { c.Id, c.DisplayName, NextContactOn = c.NextContactOn!.Value, c.NextContactWhy, c.OwnerUserId })
            .AsNoTracking().ToListAsync(ct);
        var latest = await LatestEventsAsync(db, candidates.Select(c => c.Id).ToList(), ct);
        return candidates.Select(c =>
        {
            latest.TryGetValue(c.Id, out var e);
            return new DueItem(c.Id, c.DisplayName, e?.Role, e?.Event.Outcome, e?.Event.ReasonText,
                e?.Event.BlockerList ?? [], c.NextContactOn, c.NextContactWhy, c.OwnerUserId);
        }).ToList();
    }

    public async Task<CandidateProfile?> ProfileAsync(string tenantId, Guid candidateId, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, ct);
        if (candidate is null) return null;
        var events = await db.OutcomeEvents.AsNoTracking()
            .Where(e => e.CandidateId == candidateId && e.RetractedAtUtc == null).ToListAsync(ct);
        var roleIds = events.Where(e => e.RoleId != null).Select(e => e.RoleId!.Value).Distinct().ToList();
        var roles = await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, ct);
        var notes = await db.Notes.AsNoTracking().Where(n => n.CandidateId == candidateId && n.RetractedAtUtc == null).ToListAsync(ct);

        // People read names, not channel user ids: resolve the owner and note authors from who has talked to the bot.
        var userIds = notes.Select(n => n.ByUserId).Append(candidate.OwnerUserId ?? "").Where(u => u.Length > 0).Distinct().ToList();
        var names = (await db.Members.AsNoTracking().Where(m => userIds.Contains(m.UserId) && m.DisplayName != null)
                .Select(m => new { m.UserId, m.DisplayName }).ToListAsync(ct))
            .GroupBy(m => m.UserId).ToDictionary(g => g.Key, g => g.First().DisplayName!);
        string Name(string userId) => names.GetValueOrDefault(userId, userId);

        var entries = events.Select(e => new TimelineEntry(e.LoggedAtUtc, DomainNames.Of(e.Outcome), Describe(e, roles), e.LoggedByName ?? e.LoggedByUserId))
            .Concat(notes.Select(n => new TimelineEntry(n.AtUtc, n.Kind == NoteKind.Contact ? "contacted" : "note", n.Text, Name(n.ByUserId))))
            .OrderByDescending(x => x.AtUtc).ToList();
        var last = events.OrderByDescending(e => e.LoggedAtUtc).FirstOrDefault();
        string? lastRole = last?.RoleId is { } rid && roles.TryGetValue(rid, out var t) ? t : null;
        return new CandidateProfile(candidate, lastRole, last?.Outcome, last?.BlockerList ?? [], entries)
        {
            OwnerName = candidate.OwnerUserId is { } owner ? Name(owner) : null,
        };
    }

    private static string Describe(OutcomeEvent e, IReadOnlyDictionary<Guid, string> roles)
    {
        var parts = new List<string>();
        if (e.RoleId is { } id && roles.TryGetValue(id, out var title)) parts.Add(title);
        if (!string.IsNullOrWhiteSpace(e.ReasonText)) parts.Add(e.ReasonText!);
        if (e.ReasonCategory is { } c) parts.Add($"({DomainNames.Of(c)})");
        foreach (var b in e.BlockerList) parts.Add($"blocker: {b}");
        if (!string.IsNullOrWhiteSpace(e.Feedback)) parts.Add($"feedback given: {e.Feedback}");
        parts.Add(e.NextContactOn is { } d ? $"next contact {d:yyyy-MM-dd} ({e.NextContactWhy})" : $"no follow-up ({e.NextContactWhy})");
        return string.Join(" · ", parts);
    }

    private static async Task<IReadOnlyList<CandidateMatch>> DescribeAsync(RecruitingDb db, List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var candidates = await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var latest = await LatestEventsAsync(db, ids, ct);
        return candidates.OrderBy(c => c.DisplayName).Select(c =>
        {
            latest.TryGetValue(c.Id, out var e);
            return new CandidateMatch(c.Id, c.DisplayName, e?.Role, e?.Event.Outcome, e?.Event.LoggedAtUtc, c.Email);
        }).ToList();
    }

    private sealed record Latest(OutcomeEvent Event, string? Role);

    private static async Task<Dictionary<Guid, Latest>> LatestEventsAsync(RecruitingDb db, List<Guid> candidateIds, CancellationToken ct)
    {
        if (candidateIds.Count == 0) return [];
        var events = await db.OutcomeEvents.AsNoTracking()
            .Where(e => candidateIds.Contains(e.CandidateId) && e.RetractedAtUtc == null).ToListAsync(ct);
        var latest = events.GroupBy(e => e.CandidateId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.LoggedAtUtc).First());
        var roleIds = latest.Values.Where(e => e.RoleId != null).Select(e => e.RoleId!.Value).Distinct().ToList();
        var roles = await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, ct);
        return latest.ToDictionary(kv => kv.Key, kv => new Latest(kv.Value,
            kv.Value.RoleId is { } id && roles.TryGetValue(id, out var t) ? t : null));
    }
}
