using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// <see cref="RetentionRule"/> as SQL, so lists that stop at a limit filter before the limit. "Last contact" is the
/// latest of creation, a logged contact and a live outcome, as on nudge cards; a test checks these agree with the rule.
/// </summary>
public static class RetentionQueries
{
    public static IQueryable<Candidate> WithinRetention(this IQueryable<Candidate> q, RecruitingDb db, RetentionWindow w)
    {
        var oldest = w.OldestContactUtc;
        var today = w.Today;
        return q.Where(c => c.CreatedAtUtc >= oldest || c.LastContactAtUtc >= oldest || c.ConsentUntil >= today
            || db.OutcomeEvents.Any(e => e.CandidateId == c.Id && e.RetractedAtUtc == null && e.LoggedAtUtc >= oldest));
    }

    public static IQueryable<Candidate> PastRetention(this IQueryable<Candidate> q, RecruitingDb db, RetentionWindow w)
    {
        var oldest = w.OldestContactUtc;
        var today = w.Today;
        return q.Where(c => !(c.CreatedAtUtc >= oldest || c.LastContactAtUtc >= oldest || c.ConsentUntil >= today
            || db.OutcomeEvents.Any(e => e.CandidateId == c.Id && e.RetractedAtUtc == null && e.LoggedAtUtc >= oldest)));
    }

    /// <summary>The latest of creation, a logged contact and a live outcome, per candidate (for the in-memory rule).</summary>
    public static DateTime LastContactOrCreated(DateTime createdAtUtc, DateTime? lastContactAtUtc, DateTime? lastOutcomeAtUtc) =>
        new[] { createdAtUtc, lastContactAtUtc ?? DateTime.MinValue, lastOutcomeAtUtc ?? DateTime.MinValue }.Max();
}
