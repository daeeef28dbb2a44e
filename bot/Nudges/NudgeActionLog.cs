using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges;

/// <summary>
/// Applies what a recruiter did about a due candidate (contacted, snoozed, do-not-contact), exactly once per action
/// key: the key is claimed in the same transaction as the change, so a repeated press or a redelivered action gets
/// the first answer back instead of acting twice.
/// </summary>
public sealed class NudgeActionLog(
    RecruitingDbFactory dbs,
    IOptions<NudgesOptions> options,
    IOptions<CadenceOptions> cadence,
    IEnumerable<IOutreachResponseListener> listeners)
{
    public Task<ActionResult> ContactedAsync(Turn t, string key, Guid? nudgeId, Guid candidateId, OutreachResponse response, CancellationToken ct) =>
        ApplyAsync(t, key, nudgeId, candidateId, "contacted", async (db, c) =>
        {
            var (next, why) = await NextAfterContactAsync(db, t, c, response, ct);
            // The note's kind already says "contacted" (the timeline shows "contacted: {text}"), so the text is the response only.
            var note = response switch
            {
                OutreachResponse.Interested => "interested — move to a live role",
                OutreachResponse.KnowsSomeone => "knows someone — ask for the referral",
                _ => OutreachResponses.Words(response),
            };
            AddNote(db, t, c, NoteKind.Contact, note);
            c.LastContactAtUtc = t.NowUtc;
            c.NextContactOn = next;
            c.NextContactWhy = why;
            foreach (var l in listeners)
                await l.OnRecordedAsync(db, new OutreachRecorded(t.TenantId, c.Id, c.DisplayName, response, t.UserId, t.NowUtc), ct);
            return $"Contacted {CardViews.Day(t.Today)}: {OutreachResponses.Words(response)}" +
                   (response == OutreachResponse.KnowsSomeone ? " — ask for the referral" : "") +
                   (next is { } d ? $". Next contact {CardViews.Day(d)}." : ". No further follow-up.");
        }, ct);

    public Task<ActionResult> SnoozeAsync(Turn t, string key, Guid? nudgeId, Guid candidateId, DateOnly until, CancellationToken ct) =>
        ApplyAsync(t, key, nudgeId, candidateId, "snoozed", (db, c) =>
        {
            c.NextContactOn = until;
            c.NextContactWhy = $"snoozed on {CardViews.Day(t.Today)}";
            AddNote(db, t, c, NoteKind.Note, $"snoozed until {CardViews.Day(until)}");
            return Task.FromResult($"Snoozed until {CardViews.Day(until)}.");
        }, ct);

    public Task<ActionResult> DoNotContactAsync(Turn t, string key, Guid? nudgeId, Guid candidateId, string reason, CancellationToken ct) =>
        ApplyAsync(t, key, nudgeId, candidateId, "do-not-contact", (db, c) =>
        {
            var why = reason.Trim();
            if (why.Length > 1000) why = why[..1000];
            c.DoNotContact = true;
            c.DoNotContactReason = why;
            c.NextContactOn = null;
            c.NextContactWhy = "do not contact";
            AddNote(db, t, c, NoteKind.Note, $"do not contact: {why}");
            return Task.FromResult($"Marked do-not-contact ({why}). {c.DisplayName} won't be nudged about again.");
        }, ct);

    /// <summary>The summaries of actions already applied for these keys.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AppliedAsync(string tenant, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0) return new Dictionary<string, string>();
        var list = keys.ToList();
        await using var db = dbs.For(tenant);
        return await db.Set<NudgeActionRecord>().Where(a => list.Contains(a.Key)).ToDictionaryAsync(a => a.Key, a => a.Summary, ct);
    }

    public static string ItemKey(Guid nudgeId, Guid candidateId) => $"{nudgeId:N}:{candidateId:N}";

    /// <summary>
    /// The key of a typed command: the same action (and detail, e.g. the snooze date) by the same user for the same
    /// candidate on the same local day is one action, as a button is. The user id is hashed to keep keys short.
    /// </summary>
    public static string TypedKey(string action, string userId, Guid candidateId, DateOnly localDay, string? detail = null)
    {
        var user = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(userId)))[..16];
        return $"typed:{action}:{user}:{candidateId:N}:{localDay:yyyy-MM-dd}" + (detail is null ? "" : ":" + detail);
    }

    private async Task<ActionResult> ApplyAsync(Turn t, string key, Guid? nudgeId, Guid candidateId, string action,
        Func<RecruitingDb, Candidate, Task<string>> change, CancellationToken ct)
    {
        try
        {
            await using var db = dbs.For(t.TenantId);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (await db.Set<NudgeActionRecord>().AsNoTracking().SingleOrDefaultAsync(a => a.Key == key, ct) is { } done)
                return new ActionResult(done.Summary, AlreadyDone: true);
            var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, ct);
            if (candidate is null) return ActionResult.NotFound;
            var summary = await change(db, candidate);
            db.Add(new NudgeActionRecord
            {
                TenantId = t.TenantId, Key = key, CandidateId = candidateId, NudgeId = nudgeId, Action = action,
                Summary = summary, ByUserId = t.UserId, AppliedAtUtc = t.NowUtc,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new ActionResult(summary, AlreadyDone: false);
        }
        catch (DbUpdateException)
        {
            // A concurrent press claimed the key first (unique key); its change stands and ours rolled back.
            var first = await AppliedAsync(t.TenantId, [key], ct);
            return first.TryGetValue(key, out var summary) ? new ActionResult(summary, AlreadyDone: true) : throw new InvalidOperationException("The action could not be applied.");
        }
    }

    private async Task<(DateOnly? Next, string Why)> NextAfterContactAsync(RecruitingDb db, Turn t, Candidate c, OutreachResponse r, CancellationToken ct)
    {
        var o = options.Value.Outreach;
        static (DateOnly?, string) Days(DateOnly today, int? days, string what) =>
            days is { } d ? (today.AddDays(d), $"{what}: follow up after {d} days") : (null, $"{what}: no further follow-up");
        switch (r)
        {
            case OutreachResponse.Interested: return Days(t.Today, o.InterestedDays, "interested");
            case OutreachResponse.MaybeLater: return Days(t.Today, o.MaybeLaterDays, "maybe later");
            case OutreachResponse.WrongFit: return Days(t.Today, o.WrongFitDays, "wrong fit");
            case OutreachResponse.NotInterested:
                return o.NotInterestedMonths is { } m ? (t.Today.AddMonths(m), $"not interested: check back after {m} months") : (null, "not interested: no further follow-up");
        }
        // Knows someone: the candidate's own rhythm carries on, as the cadence policy sets it for the last outcome.
        var last = await db.OutcomeEvents.AsNoTracking().Where(e => e.CandidateId == c.Id && e.RetractedAtUtc == null)
            .OrderByDescending(e => e.LoggedAtUtc).FirstOrDefaultAsync(ct);
        if (last is not null)
        {
            var plan = CadencePolicy.Decide(new CadenceInput(last.Outcome, last.ReasonCategory, last.BlockerList.Count > 0, t.Today), cadence.Value.For(t.TenantId));
            if (plan.Date is { } date) return (date, plan.Why);
        }
        return Days(t.Today, o.KnowsSomeoneFallbackDays, "knows someone");
    }

    private static void AddNote(RecruitingDb db, Turn t, Candidate c, NoteKind kind, string text) =>
        db.Notes.Add(new TimelineNote { TenantId = t.TenantId, CandidateId = c.Id, Kind = kind, Text = text, ByUserId = t.UserId, AtUtc = t.NowUtc, BatchId = Guid.NewGuid() });
}
