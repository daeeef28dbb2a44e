using RecruitBot.Recruiting;
using RecruitBot.Understanding;

namespace RecruitBot.Conversation;

/// <summary>Questions about the pool: who is due, what do we know about someone, and undo.</summary>
public sealed class AskFlow(CandidateDirectory directory, OutcomeLog log)
{
    public async Task<TurnResult> DueAsync(Turn t, Command.Due due, CancellationToken ct)
    {
        var items = await directory.DueAsync(t.TenantId, due.From, due.To, ct: ct);
        var title = due.From is { } f
            ? $"Due {CardViews.Day(f)} – {CardViews.Day(due.To)}"
            : due.To == t.Today ? "Due now" : $"Due by {CardViews.Day(due.To)}";
        return TurnResult.Say(CardViews.Due(title, items, t.Today));
    }

    public async Task<TurnResult> ShowAsync(Turn t, string name, CancellationToken ct)
    {
        var matches = await directory.SearchAsync(t.TenantId, name, ct);
        if (matches.Count == 0)
            return TurnResult.Say(new TextReply($"I don't know anyone called \"{name}\" yet. Log an outcome for them and they'll show up here."));
        if (matches.Count == 1) return await ShowAsync(t, matches[0].Id, ct);
        var items = matches.Select(m => new DueItem(m.Id, m.Name, m.LastRole, m.LastOutcome, null, [], t.Today, null, null)).ToList();
        return TurnResult.Say(new TextReply($"I know {matches.Count} people matching \"{name}\". Which one?"),
            CardViews.Due($"People matching \"{name}\"", items, t.Today));
    }

    public async Task<TurnResult> ShowAsync(Turn t, Guid candidateId, CancellationToken ct)
    {
        var profile = await directory.ProfileAsync(t.TenantId, candidateId, ct);
        return profile is null
            ? TurnResult.Say(new TextReply("I can't find that candidate any more."))
            : TurnResult.Say(CardViews.Timeline(profile));
    }

    public async Task<TurnResult> UndoAsync(Turn t, CancellationToken ct)
    {
        var undone = await log.UndoLastAsync(new Author(t.TenantId, t.UserId, t.Message.User.Name, t.NowUtc, null), ct);
        return undone is null
            ? TurnResult.Say(new TextReply("There's nothing of yours to undo."))
            : TurnResult.Say(new TextReply("Undone: " + string.Join("; ", undone.Descriptions) + ". It no longer counts for due dates."));
    }
}
