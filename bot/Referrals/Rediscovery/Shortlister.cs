using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Privacy;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Referrals.Rediscovery;

/// <summary>
/// Finds past candidates worth another look for an opening: runner-ups, then declined offers, then withdrawals
/// without negative reasons, for roles of the same title family, newest first. Hired, do-not-contact and anyone past
/// retention (<see cref="RetentionRule"/>, per tenant) are left out. Each (outcome, similarity) tier is one indexed query that stops at the cap, so the cost
/// follows the shortlist's size, not the pool's (IX_OutcomeEvents_Tenant_Role_Outcome).
/// </summary>
public sealed class Shortlister(RecruitingDbFactory dbs, TenantRetention retention, IOptions<ReferralsOptions> options)
{
    private static readonly Outcome[] Tiers = [Outcome.RunnerUp, Outcome.DeclinedOffer, Outcome.Withdrew];

    private static readonly string[] Negative =
        ["rude", "unprofessional", "no show", "no-show", "ghosted", "lied", "dishonest", "bad experience", "toxic", "hostile", "aggressive", "inappropriate"];

    public async Task<IReadOnlyList<ShortlistEntry>> FindAsync(string tenantId, string title, IReadOnlyList<string> keywords, DateTime nowUtc, CancellationToken ct = default)
    {
        var cap = options.Value.ShortlistSize;
        var opening = TitleFamily.Core(title);
        await using var db = dbs.For(tenantId);
        var window = await retention.WindowAsync(db, nowUtc, ct);
        var roles = await db.Roles.AsNoTracking().Select(r => new { r.Id, r.Title, r.NormalizedTitle }).ToListAsync(ct);
        var scored = roles.Select(r => (r.Id, r.Title, Score: TitleFamily.Score(opening, TitleFamily.Core(r.NormalizedTitle))))
            .Where(r => r.Score > 0).ToList();
        var titles = scored.ToDictionary(r => r.Id, r => r.Title);
        var found = new List<(Row Row, int Score)>();

        foreach (var outcome in Tiers)
        {
            foreach (var score in new[] { TitleFamily.Same, TitleFamily.Similar })
            {
                if (found.Count >= cap) break;
                var roleIds = scored.Where(r => r.Score == score).Select(r => (Guid?)r.Id).ToList();
                if (roleIds.Count == 0) continue;
                // Fetch a little more than needed: negative withdrawals are dropped and keywords reorder in memory.
                var rows = await TierAsync(db, roleIds, outcome, window, (cap - found.Count) * 3, ct);
                var kept = rows.Where(r => !IsNegative(r))
                    .OrderByDescending(r => KeywordHits(r, keywords).Count).ThenByDescending(r => r.LoggedAtUtc)
                    .Take(cap - found.Count);
                found.AddRange(kept.Select(r => (r, score)));
            }
        }
        if (found.Count == 0) return [];

        var ids = found.Select(f => f.Row.CandidateId).ToList();
        var consents = (await db.Set<Referral>().AsNoTracking().Where(r => ids.Contains(r.CandidateId))
                .Select(r => new { r.CandidateId, r.Consent }).ToListAsync(ct))
            .GroupBy(r => r.CandidateId)
            .ToDictionary(g => g.Key, g => g.Any(x => x.Consent == ReferralConsent.Yes) ? ReferralConsent.Yes : g.First().Consent);

        return found.Select(f =>
        {
            var r = f.Row;
            var role = r.RoleId is { } id ? titles.GetValueOrDefault(id) : null;
            ReferralConsent? consent = consents.TryGetValue(r.CandidateId, out var c) ? c : null;
            var why = $"{DomainNames.Of(r.Outcome)} for {role} ({(f.Score == TitleFamily.Same ? "same role family" : "similar title")})";
            var hits = KeywordHits(r, keywords);
            if (hits.Count > 0) why += "; mentioned " + string.Join(", ", hits);
            if (!string.IsNullOrWhiteSpace(r.ReasonText)) why += $"; last time: {r.ReasonText}";
            return new ShortlistEntry(r.CandidateId, r.Name, why, r.Outcome, role, r.LoggedAtUtc, r.LastContactAtUtc, r.Email,
                r.Blockers.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                consent, consent is null or ReferralConsent.Yes);
        }).ToList();
    }

    private static Task<List<Row>> TierAsync(RecruitingDb db, List<Guid?> roleIds, Outcome outcome, RetentionWindow window, int take, CancellationToken ct) =>
        db.OutcomeEvents.AsNoTracking()
            .Where(e => roleIds.Contains(e.RoleId) && e.Outcome == outcome && e.RetractedAtUtc == null)
            // Only a candidate's latest live outcome counts: someone later hired or rejected is not a runner-up any more.
            .Where(e => !db.OutcomeEvents.Any(l => l.CandidateId == e.CandidateId && l.RetractedAtUtc == null && l.LoggedAtUtc > e.LoggedAtUtc))
            .Join(db.Candidates.Where(c => !c.DoNotContact).WithinRetention(db, window), e => e.CandidateId, c => c.Id, (e, c) => new { e, c })
            .OrderByDescending(x => x.e.LoggedAtUtc)
            .Take(take)
            .Select(x => new Row(x.c.Id, x.c.DisplayName, x.c.Email, x.c.LastContactAtUtc, x.e.RoleId, x.e.Outcome,
                x.e.ReasonText, x.e.ReasonCategory, x.e.Blockers, x.e.Feedback, x.e.LoggedAtUtc))
            .ToListAsync(ct);

    private static bool IsNegative(Row r) =>
        r.Outcome != Outcome.RunnerUp
        && (r.Category == ReasonCategory.CultureFit
            || Negative.Any(n => (r.ReasonText ?? "").Contains(n, StringComparison.OrdinalIgnoreCase)));

    private static List<string> KeywordHits(Row r, IReadOnlyList<string> keywords) =>
        keywords.Where(k => (r.ReasonText ?? "").Contains(k, StringComparison.OrdinalIgnoreCase)
            || (r.Feedback ?? "").Contains(k, StringComparison.OrdinalIgnoreCase)
            || r.Blockers.Contains(k, StringComparison.OrdinalIgnoreCase)).ToList();

    private sealed record Row(Guid CandidateId, string Name, string? Email, DateTime? LastContactAtUtc, Guid? RoleId, Outcome Outcome,
        string? ReasonText, ReasonCategory? Category, string Blockers, string? Feedback, DateTime LoggedAtUtc);
}
