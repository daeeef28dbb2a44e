using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Access;
using RecruitBot.Understanding;

namespace RecruitBot.Conversation;

/// <summary>Questions about the pool: who is due, what do we know about someone, and undo.</summary>
public sealed class AskFlow(CandidateDirectory directory, OutcomeLog log, AccessService access, Recruiting.Privacy.AuditLog audit)
{
    public async Task<TurnResult> DueAsync(Turn t, Command.Due due, CancellationToken ct)
    {
        if (await VisibleRolesAsync(t, ct) is not { } visible) return await RefusedAsync(t, ct);
        var items = (await directory.DueAsync(t.TenantId, due.From, due.To, ct: ct)).Where(i => visible(i.Role)).ToList();
        var title = due.From is { } f
            ? $"Due {CardViews.Day(f)} – {CardViews.Day(due.To)}"
            : due.To == t.Today ? "Due now" : $"Due by {CardViews.Day(due.To)}";
        return TurnResult.Say(CardViews.Due(title, items, t.Today));
    }

    public async Task<TurnResult> ShowAsync(Turn t, string name, CancellationToken ct)
    {
        if (await VisibleRolesAsync(t, ct) is not { } visible) return await RefusedAsync(t, ct);
        var matches = (await directory.SearchAsync(t.TenantId, name, ct)).Where(m => visible(m.LastRole)).ToList();
        if (matches.Count == 0)
            return TurnResult.Say(new TextReply($"I don't know anyone called \"{name}\" yet. Log an outcome for them and they'll show up here."));
        if (matches.Count == 1) return await ShowAsync(t, matches[0].Id, ct);
        var items = matches.Select(m => new DueItem(m.Id, m.Name, m.LastRole, m.LastOutcome, null, [], t.Today, null, null)).ToList();
        return TurnResult.Say(new TextReply($"I know {matches.Count} people matching \"{name}\". Which one?"),
            CardViews.Due($"People matching \"{name}\"", items, t.Today));
    }

    public async Task<TurnResult> ShowAsync(Turn t, Guid candidateId, CancellationToken ct)
    {
        if (await VisibleRolesAsync(t, ct) is not { } visible) return await RefusedAsync(t, ct);
        var profile = await directory.ProfileAsync(t.TenantId, candidateId, ct);
        if (profile is not null && !visible(profile.LastRole)) profile = null;
        if (profile is not null) await audit.RecordAsync(t.TenantId, t.UserId, "view", candidateId, t.NowUtc, ct);
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

    /// <summary>
    /// Which candidates this person may see, by their last role: all for recruiters, their own roles for hiring
    /// managers, none (null) for everyone else.
    /// </summary>
    private async Task<Func<string?, bool>?> VisibleRolesAsync(Turn t, CancellationToken ct)
    {
        var roles = await access.RolesOfAsync(t.TenantId, t.UserId, ct);
        if (roles.Contains(TenantRole.Recruiter)) return _ => true;
        if (!roles.Contains(TenantRole.HiringManager)) return null;
        var owned = await access.OwnedRoleTitlesAsync(t.TenantId, t.UserId, ct);
        return role => role is not null && owned.Contains(NameNormalizer.Title(role));
    }

    private async Task<TurnResult> RefusedAsync(Turn t, CancellationToken ct) =>
        TurnResult.Say(new TextReply((await access.CheckAsync(t.TenantId, t.UserId, Permission.SeeCandidate, ct: ct)).Reason!));
}
