using System.Globalization;
using RecruitBot.Conversation;
using RecruitBot.Recruiting;

namespace RecruitBot.Nudges;

/// <summary>Builds the data the nudge templates bind to (contracts in cards/README.md). Data only, from stored facts.</summary>
public static class NudgeCards
{
    /// <param name="focus">An item showing its follow-up buttons: the outreach responses, or the snooze periods.</param>
    public static CardReply Nudge(Guid nudgeId, IReadOnlyList<DueCandidate> items, IReadOnlyDictionary<Guid, string> done, DateOnly today, int more,
        (Guid CandidateId, NudgeItemMode Mode)? focus = null)
    {
        var open = items.Count(i => !done.ContainsKey(i.Id));
        var title = open == 0 ? "All done for today ✓"
            : items.Count == 1 ? $"{items[0].Name} is due for a check-in"
            : $"{items.Count + more} past candidates are due for a check-in";
        return new("nudge", Map(
            ("nudgeId", nudgeId.ToString()),
            ("title", title),
            ("intro", "Good candidates go quiet when nobody calls. Reach out, snooze, or mark them do-not-contact."),
            ("items", items.Select(c => Item(nudgeId, c, done.GetValueOrDefault(c.Id), today, focus?.CandidateId == c.Id ? focus.Value.Mode : NudgeItemMode.Main)).ToList()),
            ("more", more > 0 ? $"…and {more} more. Say \"who is due\" to see everyone." : "")),
            $"{title}: " + string.Join(", ", items.Select(i => i.Name)) + (more > 0 ? $" and {more} more" : ""));
    }

    private static IReadOnlyDictionary<string, object?> Item(Guid nudgeId, DueCandidate c, string? done, DateOnly today, NudgeItemMode mode)
    {
        if (done is not null) mode = NudgeItemMode.Main;
        var blocker = c.Blockers.FirstOrDefault();
        var touched = DateOnly.FromDateTime(c.LastTouchUtc);
        return Map(
            ("candidateId", c.Id.ToString()),
            ("name", c.Name),
            ("role", c.Role ?? ""),
            ("lastOutcome", c.LastOutcome is { } o ? DomainNames.Of(o) : ""),
            ("reason", c.Reason ?? ""),
            ("lastContact", $"{NudgeText.Ago(touched, today)} ({(c.LastTouchWasContact ? "contacted" : c.LastOutcome is null ? "added" : "outcome logged")} {CardViews.Day(touched)})"),
            ("blocker", string.Join("; ", c.Blockers)),
            ("blockerQuestion", blocker is not null && c.LastEventAtUtc is { } at ? NudgeText.BlockerQuestion(c.Name, blocker, DateOnly.FromDateTime(at), today) : ""),
            ("nextContactWhy", c.NextContactWhy ?? ""),
            ("done", done ?? ""),
            ("nonce", NudgeActionLog.ItemKey(nudgeId, c.Id)),
            ("main", done is null && mode == NudgeItemMode.Main),
            ("asking", done is null && mode == NudgeItemMode.Respond),
            ("snoozing", done is null && mode == NudgeItemMode.Snooze),
            ("prompt", done is not null ? "" : mode switch
            {
                NudgeItemMode.Respond => $"How did {NudgeText.FirstName(c.Name)} respond?",
                NudgeItemMode.Snooze => $"Snooze {NudgeText.FirstName(c.Name)} for how long?",
                _ => "",
            }));
    }

    public static CardReply Snooze(string nonce, Guid? nudgeId, Guid candidateId, string name, DateOnly suggested) => new("nudge-snooze", Map(
        ("nonce", nonce), ("nudgeId", nudgeId?.ToString() ?? ""), ("candidateId", candidateId.ToString()), ("name", name),
        ("suggested", suggested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        $"Snooze {name}: 2 weeks, 1 month, 3 months or a date");

    public static CardReply OutreachResponse(string nonce, Guid? nudgeId, Guid candidateId, string name) => new("outreach-response", Map(
        ("nonce", nonce), ("nudgeId", nudgeId?.ToString() ?? ""), ("candidateId", candidateId.ToString()), ("name", name)),
        $"How did {name} respond? interested, maybe later, not interested, knows someone, or wrong fit");

    public static CardReply DoNotContact(string nonce, Guid? nudgeId, Guid candidateId, string name) => new("nudge-dnc", Map(
        ("nonce", nonce), ("nudgeId", nudgeId?.ToString() ?? ""), ("candidateId", candidateId.ToString()), ("name", name)),
        $"Never contact {name} again? Reply with the reason.");

    public static CardReply Draft(string name, string text) =>
        new("draft-checkin", Map(("name", name), ("text", text)), $"Check-in draft for {name}");

    /// <param name="more">The item showing its remaining outcomes (an Adaptive Card action set holds at most five buttons).</param>
    public static CardReply Stale(Guid nudgeId, IReadOnlyList<(InProcessRecord Record, string Name)> items, IReadOnlyDictionary<Guid, string> done, DateOnly today, Guid? more = null)
    {
        var title = items.Count == 1 ? $"Any decision on {items[0].Name}?" : $"{items.Count} candidates are waiting for a decision";
        return new("stale-decisions", Map(
            ("nudgeId", nudgeId.ToString()),
            ("title", title),
            ("intro", "No outcome has been logged for a while. Candidates left without news read silence as a no; one tap logs the decision."),
            ("items", items.Select(x => Map(
                ("inProcessId", x.Record.Id.ToString()),
                ("name", x.Name),
                ("role", x.Record.RoleTitle ?? "not given"),
                ("stage", x.Record.Stage ?? ""),
                ("since", $"{CardViews.Day(x.Record.StartedOn)} ({NudgeText.Ago(x.Record.StartedOn, today)})"),
                ("done", done.GetValueOrDefault(x.Record.Id) ?? ""),
                ("main", !done.ContainsKey(x.Record.Id) && more != x.Record.Id),
                ("more", !done.ContainsKey(x.Record.Id) && more == x.Record.Id))).ToList())),
            $"{title}: " + string.Join(", ", items.Select(i => i.Name)));
    }

    public static CardReply Track(Guid dialogId, string name, string? role, string? stage, DateOnly since, string manager, string note) => new("stale-track", Map(
        ("dialogId", dialogId.ToString()), ("name", name), ("role", role ?? "not given"), ("stage", stage ?? ""),
        ("since", CardViews.Day(since)), ("manager", manager), ("note", note)),
        $"Track {name} as in process{(role is null ? "" : $" for {role}")} since {CardViews.Day(since)}? yes / cancel");

    internal static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
