using Microsoft.Extensions.Options;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Access;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Understanding;

namespace RecruitBot.Conversation;

/// <summary>
/// The "log an outcome" dialog: read the message, ask for what's missing (never guess a name or an outcome),
/// settle which existing candidate it is about, show the record, and write only on Confirm.
/// </summary>
public sealed class OutcomeFlow(
    DialogStore dialogs,
    CandidateDirectory directory,
    OutcomeLog log,
    DraftEditor editor,
    AccessService access,
    Recruiting.Privacy.AuditLog audit,
    IOptions<CadenceOptions> cadence,
    IOptions<ConversationOptions> options)
{
    private TimeSpan Ttl => options.Value.DialogTtl;

    public async Task<TurnResult> StartAsync(Turn t, string text, OutcomeParse parse, bool replacedPending, CancellationToken ct)
    {
        if (await RefusalAsync(t, parse.Candidates.Select(c => c.Role), ct) is { } refused) return refused;
        var state = new OutcomeDialogState { SourceText = text, LoggedOn = t.Today, Drafts = parse.Candidates.Select(ToDraft).ToList() };
        await AdvanceAsync(t, state, ct);
        var id = await dialogs.StartAsync(t.TenantId, t.Message.ConversationId, t.UserId, OutcomeDialogState.Kind, state, t.NowUtc, Ttl, ct);
        var reply = await PromptAsync(t, id, state, ct);
        return replacedPending
            ? TurnResult.Say(new TextReply("I've set aside the record you hadn't confirmed yet."), reply)
            : TurnResult.Say(reply);
    }

    /// <summary>Reads a free-text answer to the dialog's open question; null when the text isn't an answer.</summary>
    public async Task<TurnResult?> AnswerAsync(Turn t, StoredDialog<OutcomeDialogState> dialog, string text, OutcomeParse parse, CancellationToken ct)
    {
        var state = dialog.State;
        var draft = state.Drafts[state.Index];
        switch (state.Stage)
        {
            case OutcomeStage.AskName:
                var name = parse.Candidates.FirstOrDefault(c => c.Name is not null)?.Name
                    ?? (InputGuard.LooksLikeName(text) ? InputGuard.TitleCase(text) : null);
                if (name is null) return null;
                draft.Name = name;
                break;
            case OutcomeStage.AskOutcome:
                var outcome = DraftEditor.ParseOutcome(text) ?? parse.Candidates.FirstOrDefault(c => c.Outcome is not null)?.Outcome;
                if (outcome is null) return null;
                draft.Outcome = outcome;
                break;
            case OutcomeStage.ChooseCandidate:
                var pick = text.Trim().TrimStart('#');
                if (pick.Equals("new", StringComparison.OrdinalIgnoreCase) || pick.Contains("new person", StringComparison.OrdinalIgnoreCase))
                    return await ChooseAsync(t, dialog, null, ct);
                if (int.TryParse(pick, out var n) && n >= 1 && n <= state.Options.Count)
                    return await ChooseAsync(t, dialog, state.Options[n - 1], ct);
                return null;
            default:
                return null;
        }
        return TurnResult.Say(await SaveAndPromptAsync(t, dialog.Id, state, ct));
    }

    public async Task<TurnResult> ChooseAsync(Turn t, StoredDialog<OutcomeDialogState> dialog, Guid? candidateId, CancellationToken ct)
    {
        var state = dialog.State;
        if (state.Stage != OutcomeStage.ChooseCandidate)
            return TurnResult.Say(new TextReply("That choice has already been made."));
        if (candidateId is { } id && !state.Options.Contains(id))
            return TurnResult.Say(new TextReply("That person wasn't one of the choices. Pick one from the list, or say new."));
        var draft = state.Drafts[state.Index];
        draft.CandidateId = candidateId;
        draft.MatchSettled = true;
        draft.MatchNote = candidateId is null ? "new candidate (not the existing ones with this name)" : "adds to the existing candidate's timeline";
        state.Options.Clear();
        return TurnResult.Say(await SaveAndPromptAsync(t, dialog.Id, state, ct));
    }

    public async Task<TurnResult> ApplyEditsAsync(Turn t, StoredDialog<OutcomeDialogState> dialog, IEnumerable<(int Index, string Field, string Value)> edits, CancellationToken ct)
    {
        var state = dialog.State;
        var errors = new List<string>();
        foreach (var (index, field, value) in edits)
        {
            if (index < 0 || index >= state.Drafts.Count) { errors.Add($"There is no record #{index + 1}."); continue; }
            if (editor.Apply(state.Drafts[index], field, value, t.LocalNow) is { } error) errors.Add(error);
        }
        if (errors.Count > 0)
        {
            // Keep the dialog as it was: a half-applied form would confirm values the user never saw.
            return TurnResult.Say(new TextReply(string.Join("\n", errors.Distinct())), await PromptAsync(t, dialog.Id, dialog.State, ct));
        }
        return TurnResult.Say(await SaveAndPromptAsync(t, dialog.Id, state, ct));
    }

    /// <summary>"different person": the name matched someone we know, but this is someone else with the same name.</summary>
    public async Task<TurnResult> MarkDifferentPersonAsync(Turn t, StoredDialog<OutcomeDialogState> dialog, CancellationToken ct)
    {
        var state = dialog.State;
        var matched = state.Drafts.FirstOrDefault(d => d.CandidateId is not null);
        if (state.Stage is not (OutcomeStage.Confirm or OutcomeStage.Edit) || matched is null)
            return TurnResult.Say(new TextReply("None of these records is attached to someone I already know."), await PromptAsync(t, dialog.Id, state, ct));
        matched.CandidateId = null;
        matched.MatchNote = "new candidate (a different person from the one I know with this name)";
        await dialogs.UpdateAsync(t.TenantId, dialog.Id, state, t.NowUtc, Ttl, ct);
        return TurnResult.Say(await PromptAsync(t, dialog.Id, state, ct));
    }

    public async Task<TurnResult> ShowEditFormAsync(Turn t, StoredDialog<OutcomeDialogState> dialog, CancellationToken ct)
    {
        if (dialog.State.Stage is not (OutcomeStage.Confirm or OutcomeStage.Edit))
            return TurnResult.Say(await PromptAsync(t, dialog.Id, dialog.State, ct));
        dialog.State.Stage = OutcomeStage.Edit;
        await dialogs.UpdateAsync(t.TenantId, dialog.Id, dialog.State, t.NowUtc, Ttl, ct);
        return TurnResult.Say(CardViews.Edit(dialog.Id, dialog.State.Drafts));
    }

    public async Task<TurnResult> ConfirmAsync(Turn t, StoredDialog<OutcomeDialogState> dialog, CancellationToken ct)
    {
        var state = dialog.State;
        if (state.Stage is not (OutcomeStage.Confirm or OutcomeStage.Edit))
            return TurnResult.Say(new TextReply("Not yet: I still need an answer to my question."), await PromptAsync(t, dialog.Id, state, ct));
        if (await RefusalAsync(t, state.Drafts.Select(d => d.Role), ct) is { } refused) return refused;
        var lines = state.Drafts.Select(d => CardViews.LoggedLine(new LoggedOutcome(Guid.Empty, d.Name!, d.Role, d.Outcome!.Value, d.NextContactOn, false))).ToList();
        var author = new Author(t.TenantId, t.UserId, t.Message.User.Name, t.NowUtc, state.SourceText);
        try
        {
            var written = await log.WriteAsync(author, state.Drafts,
                db => DialogStore.CompleteAsync(db, dialog.Id, string.Join("\n", lines), t.NowUtc, options.Value.CompletedDialogRetention, ct), ct);
            foreach (var w in written) await audit.RecordAsync(t.TenantId, t.UserId, "change", w.CandidateId, t.NowUtc, ct);
        }
        catch (DialogAlreadyCompletedException)
        {
            var done = await dialogs.FindAsync<OutcomeDialogState>(t.TenantId, dialog.Id, OutcomeDialogState.Kind, ct);
            lines = done?.CompletionSummary?.Split('\n').ToList() ?? lines;
        }
        return TurnResult.Say(CardViews.Logged(lines));
    }

    public async Task<TurnResult> CancelAsync(Turn t, StoredDialog<OutcomeDialogState> dialog, CancellationToken ct)
    {
        await dialogs.DeleteAsync(t.TenantId, dialog.Id, ct);
        return TurnResult.Say(CardViews.Notice("Cancelled", "Nothing was saved."));
    }

    /// <summary>Recruiters may log anything; hiring managers only for roles they own; others not at all.</summary>
    private async Task<TurnResult?> RefusalAsync(Turn t, IEnumerable<string?> roles, CancellationToken ct)
    {
        foreach (var role in roles.DefaultIfEmpty(null))
        {
            var decision = await access.CheckAsync(t.TenantId, t.UserId, Permission.LogOutcome, role, ct);
            if (!decision.Allowed) return TurnResult.Say(new TextReply(decision.Reason!));
        }
        return null;
    }

    private async Task<Reply> SaveAndPromptAsync(Turn t, Guid id, OutcomeDialogState state, CancellationToken ct)
    {
        await AdvanceAsync(t, state, ct);
        await dialogs.UpdateAsync(t.TenantId, id, state, t.NowUtc, Ttl, ct);
        return await PromptAsync(t, id, state, ct);
    }

    /// <summary>The question or card for the dialog's current stage.</summary>
    public async Task<Reply> PromptAsync(Turn t, Guid id, OutcomeDialogState state, CancellationToken ct)
    {
        var d = state.Drafts[state.Index];
        var which = state.Drafts.Count > 1 ? $" (record {state.Index + 1} of {state.Drafts.Count})" : "";
        switch (state.Stage)
        {
            case OutcomeStage.AskName:
                return new TextReply($"Who is this about{which}? I couldn't find a candidate's name. Reply with their name, or say cancel.");
            case OutcomeStage.AskOutcome:
                return new TextReply($"What was the outcome for {d.Name}{which}? One of: hired, rejected, runner-up, withdrew, declined-offer, on-hold.");
            case OutcomeStage.ChooseCandidate:
                var matches = (await directory.FindExactAsync(t.TenantId, d.Name!, ct)).Where(m => state.Options.Contains(m.Id)).ToList();
                return CardViews.Choose(id, $"I know more than one {d.Name}. Which one is this about?", matches);
            case OutcomeStage.Edit:
                return CardViews.Edit(id, state.Drafts);
            default:
                var hint = state.Drafts.Any(x => x.CandidateId is not null) ? " Not the same person I know? Say \"different person\"." : "";
                return CardViews.Confirm(id, state.Drafts, "Reply yes to save, edit to change something (e.g. role: QA Lead), or cancel." + hint);
        }
    }

    private async Task AdvanceAsync(Turn t, OutcomeDialogState state, CancellationToken ct)
    {
        for (var i = 0; i < state.Drafts.Count; i++)
        {
            var d = state.Drafts[i];
            state.Index = i;
            if (string.IsNullOrWhiteSpace(d.Name)) { state.Stage = OutcomeStage.AskName; return; }
            if (d.Outcome is null) { state.Stage = OutcomeStage.AskOutcome; return; }
            if (!d.MatchSettled)
            {
                var matches = await directory.FindExactAsync(t.TenantId, d.Name!, ct);
                if (matches.Count > 1)
                {
                    state.Stage = OutcomeStage.ChooseCandidate;
                    state.Options = matches.Select(m => m.Id).ToList();
                    return;
                }
                d.MatchSettled = true;
                d.CandidateId = matches.Count == 1 ? matches[0].Id : null;
                d.MatchNote = matches.Count == 1
                    ? $"already known: adds to {matches[0].Name}'s timeline" + (matches[0].LastOutcome is { } o ? $" (last: {DomainNames.Of(o)})" : "")
                    : "new candidate";
            }
            d.Plan(state.LoggedOn, cadence.Value.For(t.TenantId));
        }
        state.Index = 0;
        state.Stage = OutcomeStage.Confirm;
    }

    private static OutcomeDraft ToDraft(CandidateMention m) => new()
    {
        Name = m.Name, Role = m.Role, Outcome = m.Outcome, ReasonText = m.ReasonText, Category = m.ReasonCategory,
        Blockers = m.Blockers.ToList(), Feedback = m.Feedback, Email = m.Contact.Email, Phone = m.Contact.Phone,
        LinkedInUrl = m.Contact.LinkedInUrl, ExplicitDate = m.FollowUp?.Date, ExplicitPhrase = m.FollowUp?.Phrase,
        NoFollowUp = m.NoFollowUp, DoNotContact = m.DoNotContact,
    };
}
