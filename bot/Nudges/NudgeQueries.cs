using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges;

/// <summary>The reads nudges share. Due scans read the (TenantId, NextContactOn) index range, so their cost follows the due set.</summary>
public static class NudgeQueries
{
    /// <summary>Contactable candidates of these owners with a next-contact date on or before <paramref name="until"/>.</summary>
    public static async Task<IReadOnlyList<DueCandidate>> DueAsync(RecruitingDb db, IReadOnlyCollection<string> owners, DateOnly until, CancellationToken ct)
    {
        if (owners.Count == 0) return [];
        var ownerList = owners.ToList();
        var rows = await db.Candidates.AsNoTracking()
            .Where(c => c.NextContactOn != null && c.NextContactOn <= until && !c.DoNotContact && c.OwnerUserId != null && ownerList.Contains(c.OwnerUserId))
            .ToListAsync(ct);
        return await DescribeAsync(db, rows, ct);
    }

    /// <summary>
    /// The due set of every tenant the scan is bound to, in one query: contactable candidates with an owner whose
    /// follow-up date is reached by <paramref name="until"/>. Keys only; cards read the details tenant by tenant.
    /// </summary>
    public static async Task<IReadOnlyList<DueKey>> DueSetAsync(TenantScanDb scan, DateOnly until, CancellationToken ct) =>
        await scan.Candidates.AsNoTracking()
            .Where(c => c.NextContactOn != null && c.NextContactOn <= until && !c.DoNotContact && c.OwnerUserId != null)
            .Select(c => new DueKey(c.TenantId, c.Id, c.OwnerUserId!, c.NextContactOn!.Value))
            .ToListAsync(ct);

    public static async Task<IReadOnlyList<DueCandidate>> LoadAsync(RecruitingDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var idList = ids.ToList();
        var rows = await db.Candidates.AsNoTracking().Where(c => idList.Contains(c.Id)).ToListAsync(ct);
        var byId = (await DescribeAsync(db, rows, ct)).ToDictionary(c => c.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>Whether a live outcome was logged for the candidate at or after the given instant.</summary>
    public static Task<bool> HasOutcomeSinceAsync(RecruitingDb db, Guid candidateId, DateTime sinceUtc, CancellationToken ct) =>
        db.OutcomeEvents.AnyAsync(e => e.CandidateId == candidateId && e.RetractedAtUtc == null && e.LoggedAtUtc >= sinceUtc, ct);

    private static async Task<IReadOnlyList<DueCandidate>> DescribeAsync(RecruitingDb db, List<Candidate> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var ids = rows.Select(c => c.Id).ToList();
        var events = await db.OutcomeEvents.AsNoTracking()
            .Where(e => ids.Contains(e.CandidateId) && e.RetractedAtUtc == null).ToListAsync(ct);
        var latest = events.GroupBy(e => e.CandidateId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.LoggedAtUtc).First());
        var roleIds = latest.Values.Where(e => e.RoleId != null).Select(e => e.RoleId!.Value).Distinct().ToList();
        var roles = roleIds.Count == 0 ? [] : await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, ct);
        return rows.Select(c =>
        {
            var e = latest.GetValueOrDefault(c.Id);
            return new DueCandidate(c.Id, c.DisplayName, c.OwnerUserId,
                e?.RoleId is { } rid ? roles.GetValueOrDefault(rid) : null,
                e?.Outcome, e?.ReasonText, e?.BlockerList ?? [], e?.LoggedAtUtc, c.LastContactAtUtc, c.CreatedAtUtc,
                c.NextContactOn, c.NextContactWhy, c.DoNotContact, c.ConsentUntil);
        }).OrderBy(c => c.NextContactOn).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }
}
