using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Conversation;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Referrals.Rediscovery;

/// <summary>"new opening: Data Engineer II": records the opening, answers with a shortlist, and turns "Reach out" into a due date.</summary>
public sealed class OpeningFlow(RecruitingDbFactory dbs, Shortlister shortlister)
{
    public async Task<TurnResult> OpenAsync(Turn t, string title, IReadOnlyList<string> keywords, CancellationToken ct)
    {
        title = title.Trim();
        if (NameNormalizer.Title(title).Length == 0 || title.Length > 200)
            return TurnResult.Say(new TextReply("What's the role called? e.g. \"new opening: Data Engineer II\"."), ReferralViews.OpeningForm());
        var opening = new Opening
        {
            TenantId = t.TenantId, Title = title, NormalizedTitle = NameNormalizer.Title(title),
            Keywords = string.Join(", ", keywords), OpenedByUserId = t.UserId, CreatedAtUtc = t.NowUtc,
        };
        await using (var db = dbs.For(t.TenantId))
        {
            db.Set<Opening>().Add(opening);
            await db.SaveChangesAsync(ct);
        }
        var entries = await shortlister.FindAsync(t.TenantId, title, keywords, t.NowUtc, ct);
        return TurnResult.Say(Card(opening, entries));
    }

    /// <summary>Makes the candidate due today, so the nudge flow takes over from here.</summary>
    public async Task<TurnResult> ReachOutAsync(Turn t, Guid candidateId, Guid? openingId, CancellationToken ct)
    {
        await using var db = dbs.For(t.TenantId);
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, ct);
        if (candidate is null) return TurnResult.Say(new TextReply("I can't find that candidate any more."));
        if (candidate.DoNotContact) return TurnResult.Say(new TextReply($"{candidate.DisplayName} is marked do-not-contact, so I won't put them on the list."));
        var consents = await db.Set<Referral>().Where(r => r.CandidateId == candidateId).Select(r => r.Consent).ToListAsync(ct);
        if (consents.Count > 0 && !consents.Contains(ReferralConsent.Yes))
            return TurnResult.Say(new TextReply($"{candidate.DisplayName} was referred but hasn't agreed to be contacted yet. Tell me \"{candidate.DisplayName} agreed\" once they have."));
        var title = openingId is { } id ? await db.Set<Opening>().Where(o => o.Id == id).Select(o => o.Title).SingleOrDefaultAsync(ct) : null;
        candidate.NextContactOn = t.Today;
        candidate.NextContactWhy = title is null ? "reach out about a new opening" : $"reach out for {title}";
        await db.SaveChangesAsync(ct);
        return TurnResult.Say(new TextReply($"{candidate.DisplayName} is due today ({candidate.NextContactWhy}); they're in \"who is due\" now."));
    }

    private static CardReply Card(Opening opening, IReadOnlyList<ShortlistEntry> entries) => new("shortlist", ReferralViews.Map(
        ("openingId", opening.Id.ToString()),
        ("title", $"Past candidates for {opening.Title}"),
        ("intro", entries.Count == 0 ? "" : "Runner-ups first, then declined offers and withdrawals, for similar roles. \"Reach out\" makes them due today."),
        ("emptyText", "No past candidates fit yet: nobody was a runner-up, declined an offer or withdrew for a similar role recently."),
        ("items", entries.Select(e => ReferralViews.Map(
            ("candidateId", e.CandidateId.ToString()),
            ("name", e.Name),
            ("why", e.Why),
            ("lastOutcome", $"{DomainNames.Of(e.LastOutcome)}{(e.LastRole is null ? "" : $", {e.LastRole}")}, {Day(e.LastOutcomeAtUtc)}"),
            ("lastContact", e.LastContactAtUtc is { } c ? Day(c) : e.Email is null ? "never" : $"never (email {e.Email})"),
            ("blocker", string.Join("; ", e.Blockers)),
            ("consent", e.Consent is { } consent ? $"referred; agreed: {ReferralViews.Of(consent)}" : ""),
            ("canReachOut", e.CanReachOut))).ToList())),
        entries.Count == 0 ? $"Opening {opening.Title}: no past candidates fit yet." : $"Opening {opening.Title}: " + string.Join(", ", entries.Select(e => e.Name)));

    private static string Day(DateTime d) => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
