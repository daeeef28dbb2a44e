using Microsoft.Extensions.Logging;
using RecruitBot.Conversation;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Referrals.Rediscovery;

namespace RecruitBot.Referrals;

/// <summary>
/// Plugs referrals and rediscovery into the engine: the referral dialog, "my referrals", consent and status commands,
/// past candidates' suggestions, and openings with their shortlist. Each turn first brings referral statuses up to
/// date when something changed since (<see cref="ReferralStatusSync.SyncTenantIfChangedAsync"/>), so an outcome logged
/// on the previous turn reaches the referrer without waiting for the background sync.
/// </summary>
public sealed class ReferralFeature(
    ReferralFlow flow,
    ReferralStore store,
    ReferralStatusSync sync,
    OpeningFlow openings,
    CandidateDirectory directory,
    DialogStore dialogs,
    ILogger<ReferralFeature> logger) : IConversationFeature
{
    public IEnumerable<(string Command, string Description)> Help =>
    [
        ("refer Alex Kim for Backend Engineer, alex@example.com, …", "refer someone (or just \"refer\" for the form); I ask for anything missing"),
        ("my referrals", "what happened to the people you referred"),
        ("Alex Kim agreed", "the person you referred agreed to be contacted"),
        ("mark Alex Kim contacted · Alex Kim is interviewing", "move a referral on; the referrer gets a short update"),
        ("stop updates for Alex Kim's referrer", "no more updates to that referrer"),
        ("new opening: Data Engineer II", "record an opening and see past candidates worth another look"),
    ];

    public async Task<TurnResult?> TryHandleTextAsync(Turn turn, string text, CancellationToken cancellationToken)
    {
        await SyncAsync(turn, cancellationToken);
        var dialog = await dialogs.FindLiveAsync<ReferralDraft>(turn.TenantId, turn.Message.ConversationId, turn.UserId, ReferralDraft.Kind, turn.NowUtc, cancellationToken);
        if (dialog is not null && !IsEngineQuestion(text) && await flow.AnswerAsync(turn, dialog, text, cancellationToken) is { } answered)
            return answered;

        switch (ReferralCommands.Recognize(text))
        {
            case ReferralCommand.MyReferrals:
                return TurnResult.Say(ReferralViews.List(await store.MineAsync(turn.TenantId, turn.UserId, cancellationToken)));
            case ReferralCommand.NewOpening { Title: null }:
                return TurnResult.Say(ReferralViews.OpeningForm());
            case ReferralCommand.NewOpening o:
                return await openings.OpenAsync(turn, o.Title!, o.Keywords, cancellationToken);
            case ReferralCommand.ConsentGiven c:
                return Say(await store.ConfirmConsentAsync(turn, c.Name, cancellationToken));
            case ReferralCommand.Updates u:
                return Say(await store.SetUpdatesAsync(turn, u.Name, u.Enabled, cancellationToken));
            case ReferralCommand.SetStatus s:
                var (count, told) = await sync.SetStatusAsync(turn.TenantId, s.Name, s.Status, turn.NowUtc, cancellationToken);
                return Say(count == 0
                    ? $"I only track referred candidates' progress, and I don't have a referral for \"{s.Name}\"."
                    : $"Noted: {s.Name} is {ReferralViews.Of(s.Status)}." + (told > 0 ? " I've let the referrer know." : ""));
            case ReferralCommand.Suggestion g:
                var referrers = await directory.SearchAsync(turn.TenantId, g.ReferrerName, cancellationToken);
                if (referrers.Count == 0) break;
                if (referrers.Count > 1)
                    return Say($"I know more than one {g.ReferrerName} ({string.Join(", ", referrers.Select(r => r.Name))}). Say it again with their full name.");
                return await flow.StartSuggestionAsync(turn, referrers[0].Id, referrers[0].Name, text, g.Rest, cancellationToken);
        }
        return ReferralParser.IsReferral(text) ? await flow.StartAsync(turn, text, cancellationToken) : null;
    }

    public async Task<TurnResult?> TryHandleActionAsync(Turn turn, CardActionInvocation action, CancellationToken cancellationToken)
    {
        await SyncAsync(turn, cancellationToken);
        switch (action.Verb)
        {
            case ReferralVerbs.Confirm or ReferralVerbs.Edit or ReferralVerbs.Cancel or ReferralVerbs.Submit:
                return await flow.ActionAsync(turn, action, cancellationToken);
            case ReferralVerbs.Consent:
                return Guid.TryParse(action.Get("referralId"), out var referralId)
                    ? Say(await store.ConfirmConsentAsync(turn, referralId, cancellationToken))
                    : Say("That button is missing which referral it belongs to.");
            case ReferralVerbs.ReachOut:
                return Guid.TryParse(action.Get("candidateId"), out var candidateId)
                    ? await openings.ReachOutAsync(turn, candidateId, Guid.TryParse(action.Get("openingId"), out var o) ? o : null, cancellationToken)
                    : Say("That button is missing which candidate to reach out to.");
            case ReferralVerbs.OpeningSubmit:
                var keywords = (action.Input("keywords") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return await openings.OpenAsync(turn, action.Input("title") ?? "", keywords, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>A referral sync problem must never cost the user their turn; the background sync retries.</summary>
    private async Task SyncAsync(Turn turn, CancellationToken ct)
    {
        try
        {
            await sync.SyncTenantIfChangedAsync(turn.TenantId, turn.NowUtc, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Referral status sync failed for a turn; the background sync will retry");
        }
    }

    /// <summary>Questions the engine answers even while a referral question is open.</summary>
    private static bool IsEngineQuestion(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        return t is "help" or "?" or "undo" || t.StartsWith("who is due", StringComparison.Ordinal) || t.StartsWith("who's due", StringComparison.Ordinal)
            || t.StartsWith("show ", StringComparison.Ordinal) || t.StartsWith("due ", StringComparison.Ordinal) || t == "due";
    }

    private static TurnResult Say(string text) => TurnResult.Say(new TextReply(text));
}
