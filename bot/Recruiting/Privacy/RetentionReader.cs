using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>Reads <see cref="RetentionFacts"/>: the candidate row plus the time of their latest live outcome.</summary>
public static class RetentionReader
{
    public static async Task<List<RetentionFacts>> LoadAsync(RecruitingDb db, IQueryable<Candidate> candidates, CancellationToken ct)
    {
        var rows = await candidates.AsNoTracking()
            .Select(c => new
            {
                c.Id, c.DisplayName, c.OwnerUserId, c.CreatedAtUtc, c.LastContactAtUtc, c.ConsentUntil, c.PoolConsent, c.ConsentAtUtc, c.Source, c.DoNotContact,
                LastOutcome = db.OutcomeEvents.Where(e => e.CandidateId == c.Id && e.RetractedAtUtc == null).Max(e => (DateTime?)e.LoggedAtUtc),
            })
            .ToListAsync(ct);
        return rows.Select(r => new RetentionFacts(r.Id, r.DisplayName, r.OwnerUserId,
                RetentionQueries.LastContactOrCreated(r.CreatedAtUtc, r.LastContactAtUtc, r.LastOutcome),
                r.ConsentUntil, r.PoolConsent, r.ConsentAtUtc, r.Source, r.DoNotContact))
            .ToList();
    }

    public static async Task<RetentionFacts?> LoadAsync(RecruitingDb db, Guid candidateId, CancellationToken ct) =>
        (await LoadAsync(db, db.Candidates.Where(c => c.Id == candidateId), ct)).SingleOrDefault();
}
