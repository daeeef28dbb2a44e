using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Referrals;

/// <summary>
/// Writes referrals: dedupe against known candidates (email first, then normalised name), the referral row, timeline
/// notes on both people, and the recruiter's notification in the outbox, all in one transaction.
/// </summary>
public sealed class ReferralStore(RecruitingDbFactory dbs, IOptions<ReferralsOptions> options)
{
    /// <param name="claim">Runs first in the transaction (claiming the dialog), so a second Confirm applies nothing.</param>
    /// <param name="beforeCommit">Runs last in the transaction with the result (recording the dialog's answer).</param>
    public async Task<ReferralSaved> SaveAsync(Turn t, ReferralDraft d, Func<RecruitingDb, Task> claim,
        Func<RecruitingDb, ReferralSaved, Task> beforeCommit, CancellationToken ct)
    {
        await using var db = dbs.For(t.TenantId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await claim(db);
        var batch = Guid.NewGuid();
        var name = d.Name!.Trim();
        var consent = d.Consent ?? ReferralConsent.NotYet;
        var existing = await FindExistingAsync(db, d.Email, name, ct);
        var referrerName = d.ReferrerCandidateName ?? t.Message.User.Name ?? t.UserId;
        var recruiter = await RecruiterAsync(db, t.TenantId, d.Role, existing, ct);

        var candidate = existing ?? new Candidate
        {
            TenantId = t.TenantId, DisplayName = name, NormalizedName = NameNormalizer.Name(name),
            OwnerUserId = recruiter ?? t.UserId, CreatedAtUtc = t.NowUtc, CreatedInBatch = batch,
        };
        if (existing is null) db.Candidates.Add(candidate);
        if (candidate.Source == Recruiting.Privacy.CandidateSource.Unknown) candidate.Source = Recruiting.Privacy.CandidateSource.Referred;
        candidate.Email ??= d.Email;
        candidate.Phone ??= d.Phone;
        candidate.LinkedInUrl ??= d.LinkedInUrl;
        if (consent == ReferralConsent.Yes) MakeDue(candidate, t.Today, $"referred by {referrerName}: reach out");

        var referral = new Referral
        {
            TenantId = t.TenantId, CandidateId = candidate.Id, ReferrerUserId = d.ReferrerCandidateId is null ? t.UserId : null,
            ReferrerCandidateId = d.ReferrerCandidateId, ReferrerName = referrerName, RecordedByUserId = t.UserId,
            RoleTitle = d.Role, Relationship = d.Relationship!, Why = d.Why!, Consent = consent,
            ConsentAtUtc = consent == ReferralConsent.Yes ? t.NowUtc : null, Status = ReferralStatus.Received,
            StatusChangedAtUtc = t.NowUtc, RecruiterUserId = recruiter, MatchedExisting = existing is not null, CreatedAtUtc = t.NowUtc,
        };
        db.Set<Referral>().Add(referral);

        var forRole = d.Role is null ? "" : $" for {d.Role}";
        Note(db, t, candidate.Id, batch, $"referred by {referrerName}{forRole} ({d.Relationship}): {d.Why}");
        if (d.ReferrerCandidateId is { } referrerId)
            Note(db, t, referrerId, batch, $"referred {name}{(d.Role is null ? "" : $" ({d.Role})")}");

        var notified = false;
        if (recruiter is not null && recruiter != t.UserId)
        {
            var note = existing is null ? null : $"Already a candidate: this referral was added to {candidate.DisplayName}'s record.";
            notified = await DirectMessages.EnqueueAsync(db, "referral-received", $"referral-received:{referral.Id}", recruiter,
                ReferralViews.Received(referral, candidate.DisplayName, note is null ? null : note + ConsentNote(consent)), t.NowUtc, ct);
        }
        await db.SaveChangesAsync(ct);
        var recruiterName = recruiter is null ? null : await db.Members.AsNoTracking()
            .Where(m => m.UserId == recruiter && m.DisplayName != null).Select(m => m.DisplayName).FirstOrDefaultAsync(ct);
        var saved = new ReferralSaved(referral.Id, candidate.Id, candidate.DisplayName, existing is not null, recruiter, notified, consent, recruiterName);
        await beforeCommit(db, saved);
        await tx.CommitAsync(ct);
        return saved;
    }

    /// <summary>For the confirm card: who this referral would attach to, if anyone.</summary>
    public async Task<string?> DescribeMatchAsync(string tenantId, ReferralDraft d, CancellationToken ct)
    {
        if (d.Name is null) return null;
        await using var db = dbs.For(tenantId);
        var c = await FindExistingAsync(db, d.Email, d.Name, ct);
        return c is null ? null : $"already known: adds to {c.DisplayName}'s record";
    }

    /// <summary>The referred person agreed: record it and, unless they must not be contacted, make them due today.</summary>
    public async Task<string> ConfirmConsentAsync(Turn t, Guid referralId, CancellationToken ct)
    {
        await using var db = dbs.For(t.TenantId);
        var referral = await db.Set<Referral>().SingleOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null) return "I can't find that referral any more.";
        return await ConsentAsync(db, t, [referral], ct);
    }

    public async Task<string> ConfirmConsentAsync(Turn t, string name, CancellationToken ct)
    {
        await using var db = dbs.For(t.TenantId);
        var referrals = await ForNameAsync(db, name, ct);
        if (referrals.Count == 0) return $"I don't have a referral for \"{name}\".";
        return await ConsentAsync(db, t, referrals, ct);
    }

    public async Task<string> SetUpdatesAsync(Turn t, string name, bool enabled, CancellationToken ct)
    {
        await using var db = dbs.For(t.TenantId);
        var referrals = await ForNameAsync(db, name, ct);
        if (referrals.Count == 0) return $"I don't have a referral for \"{name}\".";
        foreach (var r in referrals) r.UpdatesEnabled = enabled;
        await db.SaveChangesAsync(ct);
        var who = string.Join(", ", referrals.Select(r => r.ReferrerName).Distinct());
        return enabled
            ? $"OK: {who} will hear about {Possessive(name)} progress again."
            : $"OK: no more updates about {name} to {who}.";
    }

    public async Task<IReadOnlyList<(Referral Referral, string Name)>> MineAsync(string tenantId, string userId, CancellationToken ct)
    {
        await using var db = dbs.For(tenantId);
        return (await db.Set<Referral>().AsNoTracking().Where(r => r.ReferrerUserId == userId)
                .Join(db.Candidates, r => r.CandidateId, c => c.Id, (r, c) => new { r, c.DisplayName })
                .OrderByDescending(x => x.r.CreatedAtUtc).Take(50).ToListAsync(ct))
            .Select(x => (x.r, x.DisplayName)).ToList();
    }

    /// <summary>Referrals of the candidate(s) called <paramref name="name"/> (exact normalised name or alias).</summary>
    internal static async Task<List<Referral>> ForNameAsync(RecruitingDb db, string name, CancellationToken ct)
    {
        var n = name.Trim();
        if (n.EndsWith("'s", StringComparison.Ordinal) || n.EndsWith("’s", StringComparison.Ordinal)) n = n[..^2];
        var key = NameNormalizer.Name(n);
        if (key.Length == 0) return [];
        var aliasKey = "|" + key + "|";
        var ids = await db.Candidates.Where(c => c.NormalizedName == key || ("|" + c.Aliases + "|").Contains(aliasKey)).Select(c => c.Id).ToListAsync(ct);
        return await db.Set<Referral>().Where(r => ids.Contains(r.CandidateId)).ToListAsync(ct);
    }

    internal static async Task<Candidate?> FindExistingAsync(RecruitingDb db, string? email, string name, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(email))
        {
            var e = email.Trim().ToLowerInvariant();
            var byEmail = await db.Candidates.Where(c => c.Email != null && c.Email.ToLower() == e).OrderBy(c => c.CreatedAtUtc).FirstOrDefaultAsync(ct);
            if (byEmail is not null) return byEmail;
        }
        var key = NameNormalizer.Name(name);
        if (key.Length == 0) return null;
        var aliasKey = "|" + key + "|";
        var byName = await db.Candidates.Where(c => c.NormalizedName == key || ("|" + c.Aliases + "|").Contains(aliasKey))
            .OrderBy(c => c.CreatedAtUtc).ToListAsync(ct);
        // Same name but a different email is a different person.
        return byName.FirstOrDefault(c => c.Email is null || email is null || string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<string> ConsentAsync(RecruitingDb db, Turn t, IReadOnlyList<Referral> referrals, CancellationToken ct)
    {
        var candidate = await db.Candidates.SingleAsync(c => c.Id == referrals[0].CandidateId, ct);
        if (referrals.All(r => r.Consent == ReferralConsent.Yes))
            return $"I already have {Possessive(candidate.DisplayName)} consent.";
        foreach (var r in referrals.Where(r => r.Consent != ReferralConsent.Yes))
        {
            r.Consent = ReferralConsent.Yes;
            r.ConsentAtUtc = t.NowUtc;
        }
        MakeDue(candidate, t.Today, $"referred by {referrals[0].ReferrerName}: agreed to be contacted");
        Note(db, t, candidate.Id, Guid.NewGuid(), "agreed to be referred");
        await db.SaveChangesAsync(ct);
        return candidate.DoNotContact
            ? $"Noted that {candidate.DisplayName} agreed, but they're marked do-not-contact, so I won't put them on anyone's list."
            : $"Thanks: {candidate.DisplayName} agreed to be referred, so they're due for contact today (they'll be in \"who is due\").";
    }

    private async Task<string?> RecruiterAsync(RecruitingDb db, string tenantId, string? role, Candidate? existing, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(role))
        {
            var key = NameNormalizer.Title(role);
            var owner = await db.Roles.Where(r => r.NormalizedTitle == key && r.HiringManagerUserId != null).Select(r => r.HiringManagerUserId).FirstOrDefaultAsync(ct)
                ?? await db.Set<Opening>().Where(o => o.NormalizedTitle == key).OrderByDescending(o => o.CreatedAtUtc).Select(o => o.OpenedByUserId).FirstOrDefaultAsync(ct);
            if (owner is not null) return owner;
        }
        return options.Value.DefaultRecruiterFor(tenantId) ?? existing?.OwnerUserId;
    }

    private static void MakeDue(Candidate c, DateOnly today, string why)
    {
        if (c.DoNotContact || (c.NextContactOn is { } d && d <= today)) return;
        c.NextContactOn = today;
        c.NextContactWhy = why;
    }

    private static void Note(RecruitingDb db, Turn t, Guid candidateId, Guid batch, string text) =>
        db.Notes.Add(new TimelineNote { TenantId = t.TenantId, CandidateId = candidateId, Kind = NoteKind.Note, Text = text, ByUserId = t.UserId, AtUtc = t.NowUtc, BatchId = batch });

    private static string ConsentNote(ReferralConsent c) => c == ReferralConsent.Yes ? "" : " Please don't contact them until they've agreed to be referred.";

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";
}
