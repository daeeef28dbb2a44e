using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Understanding;

namespace RecruitBot.Nudges;

/// <summary>
/// The nudge actions as conversation steps, shared by the card buttons and the typed commands: find the candidate,
/// ask what is missing, apply once through <see cref="NudgeActionLog"/>, and answer with what was done.
/// </summary>
public sealed class NudgeFlow(
    CandidateDirectory directory,
    NudgeActionLog actions,
    NudgeBoard board,
    DialogStore dialogs,
    IDateRecognizer dates,
    IOptions<ConversationOptions> conversation,
    Referrals.IReferralIntake? referrals = null)
{
    /// <summary>The candidate a typed command names, or the reply explaining why there isn't exactly one.</summary>
    public async Task<(CandidateMatch? Match, TurnResult? Problem)> ResolveAsync(Turn t, string name, CancellationToken ct)
    {
        var matches = await directory.SearchAsync(t.TenantId, name, ct);
        return matches.Count switch
        {
            0 => (null, Say($"I don't know anyone called \"{name}\". Check the spelling, or say \"who is due\".")),
            1 => (matches[0], null),
            _ => (null, Say($"I know {matches.Count} people matching \"{name}\": " +
                string.Join("; ", matches.Select(m => m.Name + (m.LastRole is null ? "" : $" ({m.LastRole})"))) +
                ". Use the full name, or the buttons on your nudge card.")),
        };
    }

    /// <summary>"Already done: …" when a typed command's key was applied before, else null.</summary>
    public async Task<TurnResult?> AlreadyDoneAsync(Turn t, string key, CancellationToken ct) =>
        (await actions.AppliedAsync(t.TenantId, [key], ct)).TryGetValue(key, out var summary) ? Say($"Already done: {summary}") : null;

    public async Task<TurnResult> AskResponseAsync(Turn t, CandidateMatch c, string nonce, CancellationToken ct)
    {
        await StartDialogAsync(t, new NudgeDialogState { Stage = NudgeDialogStage.AwaitResponse, CandidateId = c.Id, Name = c.Name, Nonce = nonce }, ct);
        return TurnResult.Say(new TextReply($"How did {c.Name} respond? Reply interested, maybe later, not interested, knows someone or wrong fit."),
            NudgeCards.OutreachResponse(nonce, null, c.Id, c.Name));
    }

    public async Task<TurnResult> AskReasonAsync(Turn t, Guid candidateId, string name, Guid? nudgeId, string nonce, CancellationToken ct)
    {
        await StartDialogAsync(t, new NudgeDialogState { Stage = NudgeDialogStage.AwaitReason, CandidateId = candidateId, Name = name, Nonce = nonce, NudgeId = nudgeId }, ct);
        return TurnResult.Say(new TextReply($"Why should we never contact {name} again? Reply with the reason (or cancel)."),
            NudgeCards.DoNotContact(nonce, nudgeId, candidateId, name));
    }

    public async Task<TurnResult> RespondAsync(Turn t, string nonce, Guid? nudgeId, Guid candidateId, OutreachResponse response, bool fromCard, CancellationToken ct)
    {
        var result = await actions.ContactedAsync(t, nonce, nudgeId, candidateId, response, ct);
        await CloseDialogAsync(t, nonce, ct);
        var answer = await AnswerAsync(t, result, nudgeId, fromCard, ct);
        if (response != OutreachResponse.KnowsSomeone || result.AlreadyDone || result.Missing || referrals is null) return answer;
        // "Who do you know?": hand straight over to the referral flow, attributed to this past candidate.
        var ask = await referrals.StartFromPastCandidateAsync(t, candidateId, null, ct);
        return answer with { Replies = answer.Replies.Concat(ask.Replies).ToList() };
    }

    public async Task<TurnResult> SnoozeAsync(Turn t, string nonce, Guid? nudgeId, Guid candidateId, DateOnly until, bool fromCard, CancellationToken ct)
    {
        if (until <= t.Today) return Say($"{CardViews.Day(until)} isn't in the future. Pick a later date.");
        var result = await actions.SnoozeAsync(t, nonce, nudgeId, candidateId, until, ct);
        return await AnswerAsync(t, result, nudgeId, fromCard, ct);
    }

    public async Task<TurnResult> DoNotContactAsync(Turn t, string nonce, Guid? nudgeId, Guid candidateId, string reason, bool fromCard, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Say("Please give a reason, so colleagues know why this person must not be contacted.");
        var result = await actions.DoNotContactAsync(t, nonce, nudgeId, candidateId, reason, ct);
        await CloseDialogAsync(t, nonce, ct);
        return await AnswerAsync(t, result, nudgeId, fromCard, ct);
    }

    /// <summary>"1 month", "2 weeks", "until March", "2026-03-01": the snooze date, or null when it can't be read.</summary>
    public DateOnly? SnoozeDate(Turn t, string when)
    {
        var w = when.Trim().ToLowerInvariant();
        switch (w)
        {
            case "2w": return t.Today.AddDays(14);
            case "1m": return t.Today.AddMonths(1);
            case "3m": return t.Today.AddMonths(3);
        }
        foreach (var prefix in new[] { "for ", "until ", "till ", "til ", "to " })
            if (w.StartsWith(prefix, StringComparison.Ordinal)) w = w[prefix.Length..];
        if (DateOnly.TryParseExact(w, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var exact)) return exact;
        var phrase = char.IsDigit(w[0]) || w.StartsWith("a ", StringComparison.Ordinal) || w.StartsWith("an ", StringComparison.Ordinal) || w.StartsWith("one ", StringComparison.Ordinal)
            || w.StartsWith("two ", StringComparison.Ordinal) || w.StartsWith("three ", StringComparison.Ordinal) || w.StartsWith("six ", StringComparison.Ordinal)
            ? "in " + w : w;
        return dates.Recognize(phrase, t.LocalNow).Select(e => ReminderDate.From(e, t.Today)).FirstOrDefault(d => d is not null);
    }

    public async Task<TurnResult> DraftAsync(Turn t, Guid candidateId, CancellationToken ct)
    {
        var profile = await directory.ProfileAsync(t.TenantId, candidateId, ct);
        if (profile is null) return Say("I can't find that candidate any more.");
        return TurnResult.Say(new TextReply($"Here's a draft for {profile.Candidate.DisplayName}, written only from what's on file:"),
            NudgeCards.Draft(profile.Candidate.DisplayName, NudgeText.CheckIn(await CheckInFactsAsync(t, candidateId, ct), t.Today)));
    }

    public async Task<CheckInFacts> CheckInFactsAsync(Turn t, Guid candidateId, CancellationToken ct)
    {
        var c = (await board.LoadAsync(t.TenantId, candidateId, ct))!;
        var blockerOn = c.LastEventAtUtc is { } at ? DateOnly.FromDateTime(at) : (DateOnly?)null;
        return new CheckInFacts(c.Name, c.Role, DateOnly.FromDateTime(c.LastTouchUtc), c.Blockers.FirstOrDefault(), c.Blockers.Count > 0 ? blockerOn : null, t.Message.User.Name);
    }

    public async Task<TurnResult> HistoryAsync(Turn t, Guid candidateId, CancellationToken ct)
    {
        var profile = await directory.ProfileAsync(t.TenantId, candidateId, ct);
        return profile is null
            ? Say("I can't find that candidate any more.")
            : TurnResult.Say(new TextReply($"{profile.Candidate.DisplayName}'s history:"), CardViews.Timeline(profile));
    }

    /// <summary>What was done, and, for a nudge card's button, the card rebuilt to show it.</summary>
    private async Task<TurnResult> AnswerAsync(Turn t, ActionResult result, Guid? nudgeId, bool fromCard, CancellationToken ct)
    {
        if (result.Missing) return Say(result.Summary);
        var text = result.AlreadyDone ? $"Already done: {result.Summary}" : result.Summary;
        if (!fromCard) return Say(text);
        var card = nudgeId is { } id && await board.FindAsync(t.TenantId, id, ct) is { } record
            ? await board.NudgeCardAsync(record, t.Today, ct)
            : CardViews.Notice(result.AlreadyDone ? "Already done" : "Done ✓", result.Summary);
        return new TurnResult([new TextReply(text)], card);
    }

    private async Task StartDialogAsync(Turn t, NudgeDialogState state, CancellationToken ct) =>
        await dialogs.StartAsync(t.TenantId, t.Message.ConversationId, t.UserId, NudgeDialogState.Kind, state, t.NowUtc, conversation.Value.DialogTtl, ct);

    private async Task CloseDialogAsync(Turn t, string nonce, CancellationToken ct)
    {
        var live = await dialogs.FindLiveAsync<NudgeDialogState>(t.TenantId, t.Message.ConversationId, t.UserId, NudgeDialogState.Kind, t.NowUtc, ct);
        if (live is not null && live.State.Nonce == nonce) await dialogs.DeleteAsync(t.TenantId, live.Id, ct);
    }

    public static TurnResult Say(string text) => TurnResult.Say(new TextReply(text));
}
