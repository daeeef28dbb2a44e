using RecruitBot.Conversation;

namespace RecruitBot.Nudges;

/// <summary>
/// The nudge cards' buttons. A nudge card's item is keyed "{nudgeId}:{candidateId}", so whichever of its actions is
/// applied first wins and every later press (or redelivery) answers with what was done.
/// </summary>
public sealed class NudgeActionRouter(NudgeFlow flow, NudgeBoard board, InProcessFlow inProcess)
{
    public async Task<TurnResult?> HandleAsync(Turn t, CardActionInvocation a, CancellationToken ct)
    {
        switch (a.Verb)
        {
            case NudgeVerbs.TrackConfirm or NudgeVerbs.TrackCancel:
                if (!Guid.TryParse(a.Get("dialogId"), out var dialogId)) return Missing();
                return a.Verb == NudgeVerbs.TrackConfirm ? await inProcess.ConfirmAsync(t, dialogId, ct) : await inProcess.CancelAsync(t, dialogId, ct);
            case NudgeVerbs.StaleMore or NudgeVerbs.StaleBack:
                if (!Guid.TryParse(a.Get("nudgeId"), out var staleId) || await board.FindAsync(t.TenantId, staleId, ct) is not { } stale) return Missing();
                if (stale.UserId != t.UserId) return NudgeFlow.Say("This card isn't yours: only the person it was sent to can use its buttons.");
                Guid? more = a.Verb == NudgeVerbs.StaleMore && Guid.TryParse(a.Get("inProcessId"), out var ipMore) ? ipMore : null;
                return new TurnResult([new TextReply(more is null ? "Back to the main outcomes." : "More outcomes:")], await board.StaleCardAsync(stale, t.Today, ct, more));
            case NudgeVerbs.StaleOutcome:
                return Guid.TryParse(a.Get("inProcessId"), out var ip) ? await inProcess.OutcomeAsync(t, ip, a.Get("outcome") ?? "", ct) : Missing();
        }
        if (!Guid.TryParse(a.Get("candidateId"), out var candidateId)) return Missing();
        Guid? nudgeId = Guid.TryParse(a.Get("nudgeId"), out var n) ? n : null;
        NudgeRecord? record = null;
        if (nudgeId is { } id)
        {
            record = await board.FindAsync(t.TenantId, id, ct);
            if (record is null) return NudgeFlow.Say("That nudge card has expired. Say \"who is due\" for the current list.");
            if (record.UserId != t.UserId) return NudgeFlow.Say("This nudge isn't yours: only the recruiter it was sent to can use its buttons.");
        }
        var nonce = a.Get("nonce") is { Length: > 0 } given ? given : nudgeId is { } nid ? NudgeActionLog.ItemKey(nid, candidateId) : Guid.NewGuid().ToString("N");

        switch (a.Verb)
        {
            case NudgeVerbs.Contacted:
                return await FocusAsync(t, record, candidateId, NudgeItemMode.Respond, ct);
            case NudgeVerbs.SnoozeMenu:
                return await FocusAsync(t, record, candidateId, NudgeItemMode.Snooze, ct);
            case NudgeVerbs.SnoozeDate:
                var who = await board.LoadAsync(t.TenantId, candidateId, ct);
                return who is null ? Missing() : TurnResult.Say(new TextReply($"Pick the day to bring {who.Name} back:"), NudgeCards.Snooze(nonce, nudgeId, candidateId, who.Name, t.Today.AddMonths(1)));
            case NudgeVerbs.Snooze:
                var period = a.Get("period") ?? "";
                var date = period == "date" ? ParseDate(a.Input("until")) : flow.SnoozeDate(t, period);
                return date is { } until
                    ? await flow.SnoozeAsync(t, nonce, nudgeId, candidateId, until, fromCard: true, ct)
                    : NudgeFlow.Say("Pick a date to snooze until (yyyy-MM-dd), or one of 2 weeks, 1 month, 3 months.");
            case NudgeVerbs.Respond:
                return OutreachResponses.Parse(a.Get("response")) is { } response
                    ? await flow.RespondAsync(t, nonce, nudgeId, candidateId, response, fromCard: true, ct)
                    : NudgeFlow.Say("I don't recognise that response.");
            case NudgeVerbs.DoNotContact:
                var person = await board.LoadAsync(t.TenantId, candidateId, ct);
                return person is null ? Missing() : await flow.AskReasonAsync(t, candidateId, person.Name, nudgeId, nonce, ct);
            case NudgeVerbs.DoNotContactSave:
                return await flow.DoNotContactAsync(t, nonce, nudgeId, candidateId, a.Input("reason") ?? "", fromCard: true, ct);
            case NudgeVerbs.Cancel:
                return new TurnResult([new TextReply("OK, nothing changed.")], CardViews.Notice("Cancelled", "Nothing was saved."));
            case NudgeVerbs.Draft:
                return await flow.DraftAsync(t, candidateId, ct);
            case NudgeVerbs.History:
                return await flow.HistoryAsync(t, candidateId, ct);
        }
        return NudgeFlow.Say("I don't recognise that button. Type help to see what I can do.");
    }

    /// <summary>Shows an item's follow-up buttons in place; an item already done shows what was done instead.</summary>
    private async Task<TurnResult> FocusAsync(Turn t, NudgeRecord? record, Guid candidateId, NudgeItemMode mode, CancellationToken ct)
    {
        if (record is null) return Missing();
        var card = await board.NudgeCardAsync(record, t.Today, ct, (candidateId, mode));
        var name = (await board.LoadAsync(t.TenantId, candidateId, ct))?.Name ?? "them";
        return new TurnResult([new TextReply(mode == NudgeItemMode.Respond ? $"How did {name} respond?" : $"Snooze {name} for how long?")], card);
    }

    private static DateOnly? ParseDate(string? s) =>
        DateOnly.TryParseExact(s?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    private static TurnResult Missing() => NudgeFlow.Say("That button is missing which candidate it is about.");
}
