using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Understanding;

namespace RecruitBot.Nudges;

/// <summary>
/// "Interviewing Priya Shah for QA Lead": confirm, then record the candidate as in process. And the stale prompt's
/// one-tap outcome buttons, which open the normal outcome confirmation so nothing is logged without a yes.
/// </summary>
public sealed class InProcessFlow(
    CandidateDirectory directory,
    InProcessLog log,
    DialogStore dialogs,
    OutcomeFlow outcomes,
    IOptions<NudgesOptions> options,
    IOptions<ConversationOptions> conversation)
{
    public async Task<TurnResult> StartAsync(Turn t, NudgeCommand.Track track, CancellationToken ct)
    {
        var matches = await directory.FindExactAsync(t.TenantId, track.Name, ct);
        var match = matches.OrderByDescending(m => m.LastLoggedUtc ?? DateTime.MinValue).FirstOrDefault();
        var note = matches.Count switch
        {
            0 => "New candidate.",
            1 => $"Already known: adds to {match!.Name}'s timeline.",
            _ => $"I know {matches.Count} people called {track.Name}; this is the one seen most recently" + (match!.LastRole is null ? "." : $" ({match.LastRole})."),
        };
        var state = new NudgeDialogState
        {
            Stage = NudgeDialogStage.ConfirmTrack, CandidateId = match?.Id, Name = match?.Name ?? track.Name,
            Role = track.Role ?? match?.LastRole, TrackStage = track.Stage, StartedOn = t.Today.AddDays(-track.DaysAgo),
        };
        var id = await dialogs.StartAsync(t.TenantId, t.Message.ConversationId, t.UserId, NudgeDialogState.Kind, state, t.NowUtc, conversation.Value.DialogTtl, ct);
        return TurnResult.Say(NudgeCards.Track(id, state.Name, state.Role, state.TrackStage, state.StartedOn, t.Message.User.Name ?? t.UserId,
            $"{note} If no outcome is logged within {options.Value.StaleAfterDays} days I'll ask you for the decision. Reply yes to save, or cancel."));
    }

    public async Task<TurnResult> ConfirmAsync(Turn t, Guid dialogId, CancellationToken ct)
    {
        var dialog = await dialogs.FindAsync<NudgeDialogState>(t.TenantId, dialogId, NudgeDialogState.Kind, ct);
        if (dialog is null || dialog.IsExpired(t.NowUtc)) return NudgeFlow.Say("That card has expired, so nothing was saved. Send it again and I'll make a fresh one.");
        if (dialog.UserId != t.UserId) return NudgeFlow.Say("This card isn't yours: only the person who sent it can confirm it.");
        if (dialog.CompletedAtUtc is not null) return TurnResult.Say(CardViews.Notice("Already saved", dialog.CompletionSummary ?? "This was saved before."));
        var s = dialog.State;
        var summary = $"{s.Name} is in process" + (s.Role is null ? "" : $" for {s.Role}") + $" since {CardViews.Day(s.StartedOn)}. " +
                      $"I'll ask you for the decision if no outcome is logged by {CardViews.Day(s.StartedOn.AddDays(options.Value.StaleAfterDays))}.";
        try
        {
            await log.TrackAsync(new Author(t.TenantId, t.UserId, t.Message.User.Name, t.NowUtc, null), s.Name, s.CandidateId, s.Role, s.TrackStage, s.StartedOn,
                db => DialogStore.CompleteAsync(db, dialogId, summary, t.NowUtc, conversation.Value.CompletedDialogRetention, ct), ct);
        }
        catch (DialogAlreadyCompletedException)
        {
            return TurnResult.Say(CardViews.Notice("Already saved", summary));
        }
        return TurnResult.Say(CardViews.Notice("Tracking ✓", summary));
    }

    public async Task<TurnResult> CancelAsync(Turn t, Guid dialogId, CancellationToken ct)
    {
        var dialog = await dialogs.FindAsync<NudgeDialogState>(t.TenantId, dialogId, NudgeDialogState.Kind, ct);
        if (dialog?.CompletedAtUtc is not null) return TurnResult.Say(CardViews.Notice("Already saved", dialog.CompletionSummary ?? ""));
        if (dialog is not null) await dialogs.DeleteAsync(t.TenantId, dialogId, ct);
        return TurnResult.Say(CardViews.Notice("Cancelled", "Nothing was saved."));
    }

    /// <summary>A one-tap outcome from the stale prompt: opens the outcome confirmation, pre-filled from the record.</summary>
    public async Task<TurnResult> OutcomeAsync(Turn t, Guid inProcessId, string outcomeName, CancellationToken ct)
    {
        if (!DomainNames.TryParseOutcome(outcomeName, out var outcome)) return NudgeFlow.Say("I don't recognise that outcome.");
        if (await log.FindAsync(t.TenantId, inProcessId, ct) is not { } found) return NudgeFlow.Say("I can't find that candidate any more.");
        var (record, name) = found;
        if (await log.ResolvedByAsync(record, ct) is { } logged)
            return NudgeFlow.Say($"Already logged: {name}, {DomainNames.Of(logged)}. Say \"show {name}\" for the timeline.");
        var text = $"{name} was {DomainNames.Of(outcome)}" + (record.RoleTitle is null ? "" : $" for {record.RoleTitle}");
        var parse = new OutcomeParse([new CandidateMention { Name = name, Role = record.RoleTitle, Outcome = outcome }], []);
        var started = await outcomes.StartAsync(t, text, parse, replacedPending: false, ct);
        // Text first: the prompt card stays as it is for the other candidates, and the confirmation follows as a message.
        return new TurnResult([new TextReply($"Log this for {name}? Add a reason with \"reason: ...\" before you confirm."), .. started.Replies]);
    }
}
