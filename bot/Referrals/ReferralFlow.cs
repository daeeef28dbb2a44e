using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Referrals;

/// <summary>
/// The referral dialog: read what the message gave, ask for each missing piece (name, a contact, relationship, why,
/// consent), show the confirm card, and store only on Confirm. The dialog survives restarts (DialogStore).
/// </summary>
public sealed class ReferralFlow(DialogStore dialogs, ReferralStore store, RecruitingDbFactory dbs, IOptions<ConversationOptions> options) : IReferralIntake
{
    private TimeSpan Ttl => options.Value.DialogTtl;

    public async Task<TurnResult> StartAsync(Turn t, string text, CancellationToken ct)
    {
        var draft = new ReferralDraft { SourceText = text };
        draft.Merge(ReferralParser.Parse(text));
        var bare = draft.Name is null && !draft.HasContact && draft.Role is null;
        return await BeginAsync(t, draft, bare, ct);
    }

    /// <summary>"Sam … suggested Dana Lee for the SRE role": Sam, a past candidate, is the referrer.</summary>
    public async Task<TurnResult> StartSuggestionAsync(Turn t, Guid referrerId, string referrerName, string text, string rest, CancellationToken ct)
    {
        var draft = Suggested(referrerId, referrerName, text);
        draft.Merge(ReferralParser.Parse(rest));
        return await BeginAsync(t, draft, showForm: false, ct);
    }

    public async Task<TurnResult> StartFromPastCandidateAsync(Turn turn, Guid referrerCandidateId, string? suggestedName, CancellationToken cancellationToken)
    {
        await using var db = dbs.For(turn.TenantId);
        var name = await db.Candidates.Where(c => c.Id == referrerCandidateId).Select(c => c.DisplayName).SingleOrDefaultAsync(cancellationToken);
        if (name is null) return TurnResult.Say(new TextReply("I can't find that candidate any more."));
        var draft = Suggested(referrerCandidateId, name, null);
        if (suggestedName is not null) draft.Merge(ReferralParser.Parse(suggestedName));
        return await BeginAsync(turn, draft, showForm: false, cancellationToken);
    }

    /// <summary>Reads a reply to the open question; null when the text is not for this dialog.</summary>
    public async Task<TurnResult?> AnswerAsync(Turn t, StoredDialog<ReferralDraft> dialog, string text, CancellationToken ct)
    {
        var d = dialog.State;
        var lower = text.Trim().Trim('.', '!').ToLowerInvariant();
        if (lower is "cancel" or "never mind" or "nevermind" or "forget it" or "stop") return await CancelAsync(t, dialog.Id, ct);
        if (lower == "edit") return await EditAsync(t, dialog, ct);
        if (ReferralParser.FieldEdit(text) is { } edit && d.Stage != ReferralStage.AskWhy)
        {
            if (Apply(d, edit.Field, edit.Value) is { } problem) return TurnResult.Say(new TextReply(problem));
            return await SaveAndPromptAsync(t, dialog.Id, d, ct);
        }
        switch (d.Stage)
        {
            case ReferralStage.AskName:
                var parsed = ReferralParser.Parse(text);
                var name = parsed.Name ?? (InputGuard.LooksLikeName(text) ? InputGuard.TitleCase(text.Trim().TrimEnd('.')) : null);
                if (name is null) return null;
                d.Merge(parsed with { Name = name });
                break;
            case ReferralStage.AskContact:
                var (email, phone, linkedIn) = ReferralParser.Contact(text);
                if (email is null && phone is null && linkedIn is null)
                {
                    if (d.ReferrerCandidateId is not null && lower is "skip" or "none" or "don't know" or "dont know" or "no idea" or "not sure" or "unknown")
                    {
                        d.ContactSkipped = true;
                        break;
                    }
                    return TurnResult.Say(new TextReply($"That doesn't look like an email, phone number or LinkedIn profile. How can we reach {d.FirstName}?"));
                }
                (d.Email, d.Phone, d.LinkedInUrl) = (email, phone, linkedIn);
                break;
            case ReferralStage.AskRelationship:
                if (lower.Length < 2) return null;
                d.Relationship = text.Trim();
                break;
            case ReferralStage.AskWhy:
                if (lower.Length < 2) return null;
                d.Why = text.Trim();
                break;
            case ReferralStage.AskConsent:
                var consent = ReferralParser.ConsentAnswer(text);
                if (consent is null) return TurnResult.Say(new TextReply($"Did {d.FirstName} agree to be referred? Please answer yes, no or not yet."));
                d.Consent = consent;
                break;
            default:
                if (lower is "yes" or "y" or "yep" or "yeah" or "ok" or "okay" or "confirm" or "save" or "looks good" or "go ahead")
                    return await ConfirmAsync(t, dialog, ct);
                if (lower is "no" or "nope" or "not quite")
                    return TurnResult.Say(new TextReply("OK. Tell me what to change (e.g. \"email: alex@example.com\", \"role: Backend Engineer\"), say edit for the form, or cancel."));
                return null;
        }
        return await SaveAndPromptAsync(t, dialog.Id, d, ct);
    }

    public async Task<TurnResult?> ActionAsync(Turn t, CardActionInvocation action, CancellationToken ct)
    {
        if (!Guid.TryParse(action.Get("dialogId"), out var id))
            return TurnResult.Say(new TextReply("That button is missing which referral it belongs to."));
        var dialog = await dialogs.FindAsync<ReferralDraft>(t.TenantId, id, ReferralDraft.Kind, ct);
        if (dialog is null || dialog.IsExpired(t.NowUtc))
            return TurnResult.Say(new TextReply("That card has expired, so nothing was saved. Say \"refer\" to start again."));
        if (dialog.UserId != t.UserId)
            return TurnResult.Say(new TextReply("This card isn't yours: only the person who started the referral can use its buttons."));
        if (dialog.CompletedAtUtc is not null)
            return TurnResult.Say(CardViews.Notice("Referral saved ✓", dialog.CompletionSummary ?? "Already saved."));
        return action.Verb switch
        {
            ReferralVerbs.Confirm => await ConfirmAsync(t, dialog, ct),
            ReferralVerbs.Edit => await EditAsync(t, dialog, ct),
            ReferralVerbs.Cancel => await CancelAsync(t, dialog.Id, ct),
            ReferralVerbs.Submit => await SubmitAsync(t, dialog, action, ct),
            _ => null,
        };
    }

    private async Task<TurnResult> ConfirmAsync(Turn t, StoredDialog<ReferralDraft> dialog, CancellationToken ct)
    {
        var d = dialog.State;
        if (d.Stage is not (ReferralStage.Confirm or ReferralStage.Edit))
            return TurnResult.Say(new TextReply("Not yet: I still need an answer to my question."), await PromptAsync(t, dialog.Id, d, ct));
        d.Advance();
        if (d.Stage != ReferralStage.Confirm) return await SaveAndPromptAsync(t, dialog.Id, d, ct);
        string summary;
        try
        {
            var written = "";
            await store.SaveAsync(t, d,
                db => DialogStore.CompleteAsync(db, dialog.Id, "", t.NowUtc, options.Value.CompletedDialogRetention, ct),
                async (db, saved) =>
                {
                    written = Thanks(d, saved);
                    await db.Dialogs.Where(x => x.Id == dialog.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.CompletionSummary, written), ct);
                }, ct);
            summary = written;
        }
        catch (DialogAlreadyCompletedException)
        {
            var done = await dialogs.FindAsync<ReferralDraft>(t.TenantId, dialog.Id, ReferralDraft.Kind, ct);
            summary = done?.CompletionSummary ?? "Already saved.";
        }
        return TurnResult.Say(CardViews.Notice("Referral saved ✓", summary));
    }

    private async Task<TurnResult> SubmitAsync(Turn t, StoredDialog<ReferralDraft> dialog, CardActionInvocation action, CancellationToken ct)
    {
        var d = dialog.State;
        var problems = new List<string>();
        foreach (var field in new[] { "name", "contact", "role", "relationship", "why", "consent" })
        {
            var value = action.Input(field)?.Trim();
            if (field == "role" && value is not null && value.Length == 0) d.Role = null;
            if (string.IsNullOrEmpty(value)) continue;
            if (Apply(d, field, value) is { } problem) problems.Add(problem);
        }
        if (problems.Count > 0) return TurnResult.Say(new TextReply(string.Join("\n", problems)), ReferralViews.Form(dialog.Id, d));
        return await SaveAndPromptAsync(t, dialog.Id, d, ct);
    }

    private async Task<TurnResult> EditAsync(Turn t, StoredDialog<ReferralDraft> dialog, CancellationToken ct)
    {
        dialog.State.Stage = ReferralStage.Edit;
        await dialogs.UpdateAsync(t.TenantId, dialog.Id, dialog.State, t.NowUtc, Ttl, ct);
        return TurnResult.Say(ReferralViews.Form(dialog.Id, dialog.State));
    }

    private async Task<TurnResult> CancelAsync(Turn t, Guid id, CancellationToken ct)
    {
        await dialogs.DeleteAsync(t.TenantId, id, ct);
        return TurnResult.Say(CardViews.Notice("Cancelled", "Nothing was saved."));
    }

    private async Task<TurnResult> BeginAsync(Turn t, ReferralDraft draft, bool showForm, CancellationToken ct)
    {
        draft.Advance();
        var id = await dialogs.StartAsync(t.TenantId, t.Message.ConversationId, t.UserId, ReferralDraft.Kind, draft, t.NowUtc, Ttl, ct);
        var prompt = await PromptAsync(t, id, draft, ct);
        return showForm ? TurnResult.Say(prompt, ReferralViews.Form(id, draft)) : TurnResult.Say(prompt);
    }

    private async Task<TurnResult> SaveAndPromptAsync(Turn t, Guid id, ReferralDraft d, CancellationToken ct)
    {
        d.Advance();
        await dialogs.UpdateAsync(t.TenantId, id, d, t.NowUtc, Ttl, ct);
        return TurnResult.Say(await PromptAsync(t, id, d, ct));
    }

    private async Task<Reply> PromptAsync(Turn t, Guid id, ReferralDraft d, CancellationToken ct)
    {
        var first = d.FirstName;
        return d.Stage switch
        {
            ReferralStage.AskName => new TextReply(d.ReferrerCandidateName is { } s
                ? $"Who did {s} suggest? Reply with their name (and the role or contact details if you have them), or say cancel."
                : "Who would you like to refer? Reply with their name, or fill in the form."),
            ReferralStage.AskContact => new TextReply($"How can we reach {first}? Reply with an email, phone number or LinkedIn profile." +
                (d.ReferrerCandidateId is null ? "" : " Or say skip if you don't have one.")),
            ReferralStage.AskRelationship => new TextReply($"How do you know {first}? (e.g. \"we worked together at Contoso\")"),
            ReferralStage.AskWhy => new TextReply($"Why do you think {first} would be a good fit{(d.Role is null ? "" : $" for {d.Role}")}?"),
            ReferralStage.AskConsent => new TextReply($"Did {first} agree to be referred? yes / no / not yet"),
            ReferralStage.Edit => ReferralViews.Form(id, d),
            _ => ReferralViews.Confirm(id, d, await store.DescribeMatchAsync(t.TenantId, d, ct)),
        };
    }

    /// <summary>Sets one field from text; returns what was wrong with it, if anything.</summary>
    private static string? Apply(ReferralDraft d, string field, string value)
    {
        switch (field)
        {
            case "name":
                if (!InputGuard.LooksLikeName(value)) return $"\"{value}\" doesn't look like a name.";
                d.Name = InputGuard.TitleCase(value);
                return null;
            case "contact":
                var (email, phone, linkedIn) = ReferralParser.Contact(value);
                if (email is null && phone is null && linkedIn is null) return $"I couldn't read \"{value}\" as an email, phone number or LinkedIn profile.";
                (d.Email, d.Phone, d.LinkedInUrl) = (email, phone, linkedIn);
                return null;
            case "role":
                d.Role = value;
                return null;
            case "relationship":
                d.Relationship = value;
                return null;
            case "why":
                d.Why = value;
                return null;
            case "consent":
                d.Consent = ReferralParser.ConsentAnswer(value);
                return d.Consent is null ? "For consent, answer yes, no or not yet." : null;
            default:
                return $"I don't know the field \"{field}\".";
        }
    }

    private static ReferralDraft Suggested(Guid referrerId, string referrerName, string? text) => new()
    {
        ReferrerCandidateId = referrerId, ReferrerCandidateName = referrerName, SourceText = text,
        Relationship = $"suggested by {referrerName}, a past candidate",
        Why = text is null ? $"suggested by {referrerName}" : $"suggested by {referrerName}: \"{text}\"",
    };

    private static string Thanks(ReferralDraft d, ReferralSaved saved)
    {
        var parts = new List<string>();
        if (d.ReferrerCandidateId is not null)
            parts.Add($"Saved: {saved.CandidateName}, referred by {d.ReferrerCandidateName}. It's on both their timelines.");
        else if (saved.MatchedExisting)
            parts.Add($"Thank you! Good news: we already know {saved.CandidateName}, so I've added your referral to their record.");
        else
            parts.Add($"Thank you for referring {saved.CandidateName}! 🙏");
        if (saved.RecruiterNotified) parts.Add($"I've let the recruiter ({saved.RecruiterName ?? saved.RecruiterUserId}) know.");
        else if (saved.RecruiterUserId is null) parts.Add("There's no recruiter set for this role yet, so it's waiting in the referral list.");
        parts.Add(saved.Consent == ReferralConsent.Yes
            ? "They're due for contact today."
            : $"Nobody will contact {saved.CandidateName.Split(' ')[0]} until they agree; tell me \"{saved.CandidateName} agreed\" when they do.");
        if (d.ReferrerCandidateId is null) parts.Add("I'll keep you posted on how it goes (say \"my referrals\" any time).");
        return string.Join(" ", parts);
    }
}
