using System.Globalization;
using Microsoft.Extensions.Options;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Access;
using RecruitBot.Recruiting.Privacy;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Understanding;

namespace RecruitBot.Conversation;

/// <summary>
/// Consent, source and retention in chat (commands in <see cref="ConsentCommandParser"/>), and the consent-refresh
/// card's buttons. Recording source or consent is for recruiters and admins; changing retention is for admins.
/// </summary>
public sealed class ConsentFeature(
    CandidateDirectory directory,
    CandidateConsent consent,
    TenantRetention retention,
    AccessService access,
    RecruitingDbFactory dbs,
    IDateRecognizer dates,
    IOptions<RetentionOptions> options) : IConversationFeature
{
    public IEnumerable<(string Command, string Description)> Help =>
    [
        ("Priya Shah applied · sourced Priya Shah · Priya Shah was referred", "record how a person came to us"),
        ("consent Priya Shah until 2027-06-01 · Priya Shah agreed to stay in the pool · Priya Shah declined the pool", "record talent-pool consent"),
        ("retention · set retention 18 months", "how long people are kept after the last contact (admins change it)"),
    ];

    public async Task<TurnResult?> TryHandleTextAsync(Turn t, string text, CancellationToken ct)
    {
        switch (ConsentCommandParser.Parse(text))
        {
            case ConsentCommand.SetRetention s:
                var manage = await access.CheckAsync(t.TenantId, t.UserId, Permission.Manage, ct: ct);
                if (!manage.Allowed) return Say(manage.Reason!);
                if (s.Months is < RetentionOptions.MinMonths or > RetentionOptions.MaxMonths)
                    return Say($"Retention must be between {RetentionOptions.MinMonths} and {RetentionOptions.MaxMonths} months.");
                await retention.SetMonthsAsync(t.TenantId, s.Months, t.UserId, t.NowUtc, ct);
                return Say($"Retention is now {s.Months} months after the last contact (longer where someone's consent runs later). " +
                    $"People past it are erased by the daily job, and owners are asked to renew consent {options.Value.RefreshDaysBefore} days before.");
            case ConsentCommand.ShowRetention:
                var months = await retention.MonthsAsync(t.TenantId, ct);
                return Say($"People are kept {months} months after the last contact, or until their consent runs out if that is later. Admins change it with \"set retention 18 months\".");
            case ConsentCommand.SetSource s:
                return await SourceAsync(t, s, ct);
            case ConsentCommand.Give g:
                return await GiveAsync(t, g, ct);
            case ConsentCommand.Refuse r:
                return await WithPersonAsync(t, r.Name, ct, async person =>
                {
                    await consent.RefuseAsync(t.TenantId, person.Id, t.UserId, t.NowUtc, ct);
                    return $"Noted: {person.Name} declined to stay in the talent pool. I'll keep them only until retention ends, then erase them.";
                });
        }
        return null;
    }

    public async Task<TurnResult?> TryHandleActionAsync(Turn t, CardActionInvocation action, CancellationToken ct)
    {
        if (action.Verb is not (ConsentCards.RenewVerb or ConsentCards.LapseVerb)) return null;
        if (!Guid.TryParse(action.Get("candidateId"), out var id)
            || !DateOnly.TryParseExact(action.Get("expiresOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiresOn))
            return Say("That button is missing which candidate it is about.");
        RetentionFacts? facts;
        await using (var db = dbs.For(t.TenantId)) facts = await RetentionReader.LoadAsync(db, id, ct);
        if (facts is null) return Say("That person is no longer in the talent pool; their data has been erased.");
        if (facts.OwnerUserId != t.UserId && !await MayRecordAsync(t, ct))
            return Say("Only the candidate's owner, recruiters and admins can record consent.");

        string done;
        if (action.Verb == ConsentCards.RenewVerb)
        {
            var until = t.Today.AddMonths(options.Value.RenewMonths);
            await consent.GiveAsync(t.TenantId, id, until, t.UserId, t.NowUtc, ct);
            facts = facts with { Consent = PoolConsent.Given, ConsentAtUtc = t.NowUtc, ConsentUntil = until };
            done = $"Consent renewed until {ConsentCards.Day(until)}.";
        }
        else
        {
            done = $"Letting it lapse: {facts.Name} is erased after {ConsentCards.Day(expiresOn)} unless consent is recorded before then.";
        }
        return TurnResult.Say(ConsentCards.Refresh(facts, expiresOn, t.Today, done));
    }

    private async Task<TurnResult> SourceAsync(Turn t, ConsentCommand.SetSource s, CancellationToken ct)
    {
        if (!await MayRecordAsync(t, ct)) return await RefusedAsync(t, ct);
        var matches = await directory.FindExactAsync(t.TenantId, s.Name, ct);
        var word = ConsentCards.SourceText(s.Source);
        if (matches.Count == 0)
        {
            if (s.Source == CandidateSource.Referred)
                return Say($"I don't hold anyone called \"{s.Name}\". To add a referral, say \"refer {s.Name}\".");
            if (s.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
                return Say($"I don't hold anyone called \"{s.Name}\". Use their full name to add them.");
            var added = await consent.AddAsync(t.TenantId, s.Name, s.Source, t.UserId, t.NowUtc, ct);
            return Say($"Added {added.DisplayName} ({word}). Say \"consent {added.DisplayName} until 2027-06-01\" once they agree to stay in the talent pool.");
        }
        if (matches.Count > 1) return Ambiguous(s.Name, matches.Count);
        await consent.SetSourceAsync(t.TenantId, matches[0].Id, s.Source, t.UserId, t.NowUtc, ct);
        return Say($"Noted: {matches[0].Name} {(s.Source == CandidateSource.Applied ? "applied" : $"was {word}")}.");
    }

    private async Task<TurnResult> GiveAsync(Turn t, ConsentCommand.Give g, CancellationToken ct)
    {
        DateOnly until;
        if (g.Until is null) until = t.Today.AddMonths(options.Value.RenewMonths);
        else if (UntilDate(t, g.Until) is { } d) until = d;
        else return Say($"I couldn't read \"{g.Until}\" as a date. Try \"consent {g.Name} until 2027-06-01\" or \"for 2 years\".");
        if (until <= t.Today) return Say("Consent must run until a day in the future.");
        if (until > t.Today.AddMonths(RetentionOptions.MaxMonths)) return Say($"Consent can run at most {RetentionOptions.MaxMonths / 12} years ahead.");
        return await WithPersonAsync(t, g.Name, ct, async person =>
        {
            await consent.GiveAsync(t.TenantId, person.Id, until, t.UserId, t.NowUtc, ct);
            return $"Noted: {person.Name} agreed to stay in the talent pool until {ConsentCards.Day(until)}. " +
                $"I'll keep them at least until then and ask their owner to renew {options.Value.RefreshDaysBefore} days before.";
        });
    }

    private DateOnly? UntilDate(Turn t, string text)
    {
        var w = text.Trim().ToLowerInvariant();
        if (DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)) return exact;
        // "2 years" and "6 months" are durations from today; "June 2027" is a date.
        var phrase = char.IsDigit(w[0]) && !w.Contains('-') && !w.Contains('/') ? "in " + w : w;
        return dates.Recognize(phrase, t.LocalNow).Select(e => ReminderDate.From(e, t.Today)).FirstOrDefault(d => d is not null);
    }

    private async Task<TurnResult> WithPersonAsync(Turn t, string name, CancellationToken ct, Func<CandidateMatch, Task<string>> act)
    {
        if (!await MayRecordAsync(t, ct)) return await RefusedAsync(t, ct);
        var matches = await directory.FindExactAsync(t.TenantId, name, ct);
        if (matches.Count == 0) return Say($"I don't hold anyone called \"{name}\". Check the spelling, or log an outcome for them first.");
        if (matches.Count > 1) return Ambiguous(name, matches.Count);
        return Say(await act(matches[0]));
    }

    private async Task<bool> MayRecordAsync(Turn t, CancellationToken ct)
    {
        var roles = await access.RolesOfAsync(t.TenantId, t.UserId, ct);
        return roles.Contains(TenantRole.Recruiter) || roles.Contains(TenantRole.Admin);
    }

    private async Task<TurnResult> RefusedAsync(Turn t, CancellationToken ct) =>
        Say($"Only recruiters and admins can record how someone came to us or their consent. Ask an admin ({await access.AdminsAsync(t.TenantId, ct)}).");

    private static TurnResult Ambiguous(string name, int count) =>
        Say($"I know {count} people called {name}. Open the right one with \"show {name}\" and use their full name or email.");

    private static TurnResult Say(string text) => TurnResult.Say(new TextReply(text));
}
