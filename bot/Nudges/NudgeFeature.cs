using RecruitBot.Conversation;
using RecruitBot.Nudges.Digest;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Understanding;

namespace RecruitBot.Nudges;

/// <summary>
/// Plugs nudges into the conversation: typed commands (contacted, snooze, do not contact, draft check-in, in process,
/// digest), answers to its own pending questions, and the nudge cards' buttons. Anything else is left to the engine.
/// </summary>
public sealed class NudgeFeature(
    NudgeFlow flow,
    NudgeActionRouter router,
    InProcessFlow inProcess,
    DigestCommands digest,
    DialogStore dialogs,
    IOutcomeRecognizer outcomes,
    CommandRecognizer commands) : IConversationFeature
{
    public IEnumerable<(string Command, string Description)> Help =>
    [
        ("contacted Dana Fox", "log that you reached out; I ask how they responded and set the next date"),
        ("snooze Dana Fox 1 month", "move a due candidate's next contact (2 weeks, 3 months, until March, 2026-03-01)"),
        ("do not contact Dana Fox", "never nudge about them again; I ask for the reason"),
        ("draft check-in for Dana Fox", "a short message to send, written only from what's on file"),
        ("interviewing Priya Shah for QA Lead", "track someone in process; I ask for the decision if nothing is logged in a week"),
        ("digest · digest monday 9:00 · digest off · digest show names", "the team channel's weekly digest"),
    ];

    public async Task<TurnResult?> TryHandleTextAsync(Turn t, string text, CancellationToken ct)
    {
        var dialog = await dialogs.FindLiveAsync<NudgeDialogState>(t.TenantId, t.Message.ConversationId, t.UserId, NudgeDialogState.Kind, t.NowUtc, ct);
        if (dialog is not null && await AnswerAsync(t, dialog, text, ct) is { } answered) return answered;

        switch (NudgeCommandParser.Parse(text))
        {
            case NudgeCommand.Digest d:
                return await digest.HandleAsync(t, d.Rest, ct);
            case NudgeCommand.Contacted c:
                var (who, resolvedC) = await flow.ResolveAsync(t, c.Name, ct);
                if (who is null) return resolvedC;
                var contactedKey = NudgeActionLog.TypedKey("contacted", t.UserId, who.Id, t.Today);
                if (await flow.AlreadyDoneAsync(t, contactedKey, ct) is { } contactedBefore) return contactedBefore;
                return c.Response is { } response
                    ? await flow.RespondAsync(t, contactedKey, null, who.Id, response, fromCard: false, ct)
                    : await flow.AskResponseAsync(t, who, contactedKey, ct);
            case NudgeCommand.Snooze s:
                var (snoozed, resolvedS) = await flow.ResolveAsync(t, s.Name, ct);
                if (snoozed is null) return resolvedS;
                // A different date the same day is a deliberate change and applies; the same one again does not.
                return flow.SnoozeDate(t, s.When) is { } until
                    ? await flow.SnoozeAsync(t, NudgeActionLog.TypedKey("snoozed", t.UserId, snoozed.Id, t.Today, $"{until:yyyy-MM-dd}"), null, snoozed.Id, until, fromCard: false, ct)
                    : NudgeFlow.Say($"I couldn't read \"{s.When}\" as a date. Try \"snooze {snoozed.Name} 1 month\", \"2 weeks\", \"until March\" or 2026-03-01.");
            case NudgeCommand.DoNotContact d:
                var (dnc, resolvedD) = await flow.ResolveAsync(t, d.Name, ct);
                if (dnc is null) return resolvedD;
                var dncKey = NudgeActionLog.TypedKey("do-not-contact", t.UserId, dnc.Id, t.Today);
                if (await flow.AlreadyDoneAsync(t, dncKey, ct) is { } dncBefore) return dncBefore;
                return d.Reason is { Length: > 0 } reason
                    ? await flow.DoNotContactAsync(t, dncKey, null, dnc.Id, reason, fromCard: false, ct)
                    : await flow.AskReasonAsync(t, dnc.Id, dnc.Name, null, dncKey, ct);
            case NudgeCommand.Draft d:
                var (drafted, resolvedR) = await flow.ResolveAsync(t, d.Name, ct);
                if (drafted is null) return resolvedR;
                return await flow.DraftAsync(t, drafted.Id, ct);
            case NudgeCommand.Track track:
                // "Priya Shah had her final round today, we went with someone else" is an outcome, not a process.
                if (outcomes.Recognize(text, t.LocalNow).Candidates.Any(m => m.Outcome is not null)) return null;
                return await inProcess.StartAsync(t, track, ct);
        }
        return null;
    }

    public Task<TurnResult?> TryHandleActionAsync(Turn t, CardActionInvocation action, CancellationToken ct) =>
        NudgeVerbs.IsOurs(action.Verb) ? router.HandleAsync(t, action, ct) : Task.FromResult<TurnResult?>(null);

    /// <summary>A typed answer to the pending question; null lets the message through (the question stays open).</summary>
    private async Task<TurnResult?> AnswerAsync(Turn t, StoredDialog<NudgeDialogState> dialog, string text, CancellationToken ct)
    {
        var s = dialog.State;
        var word = text.Trim().TrimEnd('.', '!').ToLowerInvariant();
        if (word is "cancel" or "never mind" or "nevermind")
        {
            await dialogs.DeleteAsync(t.TenantId, dialog.Id, ct);
            return TurnResult.Say(CardViews.Notice("Cancelled", "Nothing was saved."));
        }
        switch (s.Stage)
        {
            case NudgeDialogStage.AwaitResponse when OutreachResponses.Parse(text) is { } response:
                return await flow.RespondAsync(t, s.Nonce, s.NudgeId, s.CandidateId!.Value, response, fromCard: false, ct);
            case NudgeDialogStage.ConfirmTrack when word is "yes" or "y" or "confirm" or "save" or "ok":
                return await inProcess.ConfirmAsync(t, dialog.Id, ct);
            case NudgeDialogStage.AwaitReason when !LooksLikeSomethingElse(t, text):
                return await flow.DoNotContactAsync(t, s.Nonce, s.NudgeId, s.CandidateId!.Value, text, fromCard: false, ct);
        }
        return null;
    }

    /// <summary>A command or an outcome is not a do-not-contact reason.</summary>
    private bool LooksLikeSomethingElse(Turn t, string text) =>
        NudgeCommandParser.Parse(text) is not null
        || commands.Recognize(text, t.LocalNow) is not null
        || outcomes.Recognize(text, t.LocalNow).Candidates.Any(m => m.Outcome is not null);
}
