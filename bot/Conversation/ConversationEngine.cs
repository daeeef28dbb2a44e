using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation.Security;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Understanding;

namespace RecruitBot.Conversation;

/// <summary>
/// The channel-free conversation engine: one turn in, replies out. It guards input, routes commands, card actions
/// and free text to the flows, and turns any unexpected failure into a friendly reply with nothing half-written.
/// "Now" comes from the <see cref="TimeProvider"/> (the business clock), so scripted runs and demos are repeatable.
/// </summary>
public sealed partial class ConversationEngine(
    IOutcomeRecognizer recognizer,
    CommandRecognizer commands,
    OutcomeFlow outcomes,
    AskFlow ask,
    DialogStore dialogs,
    MemberDirectory members,
    OutcomeLog outcomeLog,
    IEnumerable<IConversationFeature> features,
    ActionSigner signer,
    TimeProvider clock,
    IOptions<ConversationOptions> options,
    ILogger<ConversationEngine> logger) : IConversationEngine
{
    public async Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message.TenantId);
        var turn = Turn.Start(message, clock.GetUtcNow());
        // Roles and live dialogs are read by the engine and several features; one read each per turn, never reused after.
        using var cache = TurnCache.Open();
        try
        {
            await members.TouchAsync(message.TenantId, message.ChannelId, message.User.Id, message.User.Name, message.TimeZoneId, turn.NowUtc, cancellationToken);
            var result = message.Action is { } action
                ? AsCardUpdate(await HandleActionAsync(turn, action, cancellationToken))
                : await HandleTextAsync(turn, message.Text, cancellationToken);
            return ForAudience(result, new ActionAudience(message.TenantId, message.User.Id));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Writes are transactional, so a failure here has left the store as it was; say so plainly.
            logger.LogError(e, "Turn failed in conversation {Conversation}", message.ConversationId);
            return TurnResult.Say(new TextReply("Sorry, something went wrong on my side and nothing was saved. Please try again."));
        }
    }

    private async Task<TurnResult> HandleTextAsync(Turn t, string? text, CancellationToken ct)
    {
        if (InputGuard.Problem(text, options.Value.MaxMessageLength) is { } problem) return TurnResult.Say(new TextReply(problem));
        // Chat clients and fast typists leave doubled spaces; they carry no meaning, so fold them once here.
        var input = Spaces().Replace(text!.Trim(), " ");
        foreach (var feature in features)
        {
            if (await feature.TryHandleTextAsync(t, input, ct) is { } handled) return FeatureHandled(t, handled);
        }
        var dialog = await dialogs.FindLiveAsync<OutcomeDialogState>(t.TenantId, t.Message.ConversationId, t.UserId, OutcomeDialogState.Kind, t.NowUtc, ct);

        switch (commands.Recognize(input, t.LocalNow))
        {
            case Command.Help:
                return TurnResult.Say(CardViews.Help(features.SelectMany(f => f.Help)));
            case Command.Undo:
                return await ask.UndoAsync(t, ct);
            case Command.Cancel:
                return dialog is null ? TurnResult.Say(new TextReply("There's nothing to cancel.")) : await outcomes.CancelAsync(t, dialog, ct);
            case Command.Yes:
                return dialog is null ? TurnResult.Say(new TextReply("There's nothing waiting for a yes. Tell me about a candidate, or type help.")) : await outcomes.ConfirmAsync(t, dialog, ct);
            case Command.No when dialog is not null:
                return TurnResult.Say(new TextReply("OK. Tell me what to change (e.g. \"role: QA Lead\", \"outcome: rejected\", \"next contact: in 2 months\"), say edit for the form, or cancel."));
            case Command.Due due:
                return await ask.DueAsync(t, due, ct);
            case Command.Show show:
                return await ask.ShowAsync(t, show.Name, ct);
            case Command.Edit edit when dialog is not null:
                return await EditAsync(t, dialog, edit, ct);
            case Command.Edit:
                return TurnResult.Say(new TextReply("There's no record waiting to be edited. Tell me about a candidate first."));
        }

        if (dialog is not null && input.Equals("edit", StringComparison.OrdinalIgnoreCase))
            return await outcomes.ShowEditFormAsync(t, dialog, ct);
        if (dialog is not null && IsDifferentPerson(input))
            return await outcomes.MarkDifferentPersonAsync(t, dialog, ct);

        var parse = recognizer.Recognize(input, t.LocalNow);
        if (dialog is not null && dialog.State.Stage is OutcomeStage.AskName or OutcomeStage.AskOutcome or OutcomeStage.ChooseCandidate
            && await outcomes.AnswerAsync(t, dialog, input, parse, ct) is { } answered)
        {
            return answered;
        }
        if (parse.Candidates.Count == 0)
        {
            return TurnResult.Say(new TextReply(dialog?.State.Stage switch
            {
                OutcomeStage.AskName => "I still need the candidate's name. Reply with just their name, or say cancel.",
                OutcomeStage.AskOutcome => "I didn't get the outcome. Reply with one of: hired, rejected, runner-up, withdrew, declined-offer, on-hold.",
                OutcomeStage.ChooseCandidate => "Reply with the number of the right person, or new.",
                _ => "I couldn't find a candidate outcome in that. Try something like \"Interviewed Priya Shah for Senior Data Engineer, we went with someone else, check back in 3 months\", or type help.",
            }));
        }
        return await outcomes.StartAsync(t, input, parse, replacedPending: dialog is not null, ct);
    }

    /// <summary>
    /// A feature may have written to a candidate's history without going through <see cref="OutcomeLog"/> (a contact
    /// noted from a nudge), so its turns count as changes; the engine's own reads (due lists, timelines, help) do not.
    /// </summary>
    private TurnResult FeatureHandled(Turn t, TurnResult handled)
    {
        outcomeLog.Changes.Signal(t.TenantId);
        return handled;
    }

    private async Task<TurnResult> EditAsync(Turn t, StoredDialog<OutcomeDialogState> dialog, Command.Edit edit, CancellationToken ct)
    {
        if (edit.Index is null && dialog.State.Drafts.Count > 1)
            return TurnResult.Say(new TextReply($"Which record? Start with its number, e.g. \"#2 {edit.Field}: {edit.Value}\"."));
        return await outcomes.ApplyEditsAsync(t, dialog, [((edit.Index ?? 1) - 1, edit.Field, edit.Value)], ct);
    }

    private async Task<TurnResult> HandleActionAsync(Turn t, CardActionInvocation pressed, CancellationToken ct)
    {
        // The tenant and user come from the channel's authenticated envelope; the card must have been made for them.
        var (check, action) = signer.Verify(pressed, t.TenantId, t.UserId);
        switch (check)
        {
            case ActionReferenceCheck.Valid:
                break;
            case ActionReferenceCheck.Expired:
                return TurnResult.Say(new TextReply("That card has expired, so nothing was done. Ask me again for a fresh one."));
            default:
                logger.LogWarning("Refused a card action ({Check}) for verb {Verb}", check, pressed.Verb);
                return TurnResult.Say(new TextReply("This card isn't yours: it was made for someone else, so I can't act on it. Ask me directly and I'll make you your own."));
        }
        foreach (var feature in features)
        {
            if (await feature.TryHandleActionAsync(t, action, ct) is { } handled) return FeatureHandled(t, handled);
        }
        if (action.Verb == Verbs.Show)
        {
            return Guid.TryParse(action.Get("candidateId"), out var candidateId)
                ? await ask.ShowAsync(t, candidateId, ct)
                : TurnResult.Say(new TextReply("That button is missing which candidate to show."));
        }
        if (!Guid.TryParse(action.Get("dialogId"), out var id))
            return TurnResult.Say(new TextReply("I don't recognise that button. Type help to see what I can do."));

        var dialog = await dialogs.FindAsync<OutcomeDialogState>(t.TenantId, id, OutcomeDialogState.Kind, ct);
        if (dialog is null || dialog.IsExpired(t.NowUtc))
            return TurnResult.Say(new TextReply("That card has expired, so nothing was saved. Send the outcome again and I'll make a fresh one."));
        if (dialog.UserId != t.UserId)
            return TurnResult.Say(new TextReply("This card isn't yours: only the person who logged it can use its buttons. Send your own message to log an outcome."));
        if (dialog.CompletedAtUtc is not null)
        {
            // A repeated or late press: answer what already happened, never act twice.
            return TurnResult.Say(CardViews.Logged(dialog.CompletionSummary?.Split('\n') ?? []));
        }

        return action.Verb switch
        {
            Verbs.Confirm => await outcomes.ConfirmAsync(t, dialog, ct),
            Verbs.Cancel => await outcomes.CancelAsync(t, dialog, ct),
            Verbs.Edit => await outcomes.ShowEditFormAsync(t, dialog, ct),
            Verbs.Save => await outcomes.ApplyEditsAsync(t, dialog, FormEdits(dialog.State, action), ct),
            Verbs.Choose when Guid.TryParse(action.Get("candidateId"), out var chosen) => await outcomes.ChooseAsync(t, dialog, chosen, ct),
            Verbs.NewCandidate => await outcomes.ChooseAsync(t, dialog, null, ct),
            _ => TurnResult.Say(new TextReply("I don't recognise that button. Type help to see what I can do.")),
        };
    }

    /// <summary>Only fields whose value changed count as edits, so an untouched date stays the policy's choice.</summary>
    private static IEnumerable<(int, string, string)> FormEdits(OutcomeDialogState state, CardActionInvocation action)
    {
        var current = (CardViews.Edit(Guid.Empty, state.Drafts).Data["candidates"] as IEnumerable<IReadOnlyDictionary<string, object?>>)!.ToList();
        foreach (var (key, value) in action.Inputs)
        {
            var dot = key.IndexOf('.');
            if (dot < 2 || key[0] != 'c' || !int.TryParse(key.AsSpan(1, dot - 1), out var index) || index >= current.Count) continue;
            var field = key[(dot + 1)..];
            if (Equals(current[index].GetValueOrDefault(field) as string ?? "", value.Trim())) continue;
            yield return (index, FormField(field), value);
        }
    }

    private static string FormField(string id) => id switch
    {
        "reasonCategory" => "category",
        "reasons" => "reason",
        "blockers" => "blocker",
        "nextContact" => "next contact",
        _ => id,
    };

    private static bool IsDifferentPerson(string input) =>
        input.Trim(' ', '.', '!').ToLowerInvariant() is "different person" or "new person" or "new candidate" or "a different person"
            or "not the same person" or "someone else with that name";

    /// <summary>Every card the engine returns is for the person it answered, so its buttons are signed for them.</summary>
    private static TurnResult ForAudience(TurnResult result, ActionAudience audience)
    {
        Reply Stamp(Reply r) => r is CardReply { Audience: null } c ? c with { Audience = audience } : r;
        return new TurnResult(result.Replies.Select(Stamp).ToList(), result.UpdateSourceCard is { } u ? (CardReply)Stamp(u) : null);
    }

    /// <summary>A button press answers by replacing its card; text replies still follow as messages.</summary>
    private static TurnResult AsCardUpdate(TurnResult result)
    {
        if (result.Replies.Count == 0 || result.Replies[0] is not CardReply card) return result;
        return new TurnResult(result.Replies.Skip(1).ToList(), card);
    }

    [System.Text.RegularExpressions.GeneratedRegex("[ \t]{2,}")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
