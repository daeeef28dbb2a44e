using System.Globalization;
using RecruitBot.Recruiting;

namespace RecruitBot.Conversation;

/// <summary>
/// Builds the data each card template binds to (contracts in cards/README.md). Only data is decided here; how it
/// looks in Teams, Slack or the terminal is the templates' and renderers' business.
/// </summary>
public static class CardViews
{
    public static string Day(DateOnly? d) => d is { } x ? x.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "none";

    public static CardReply Help(IEnumerable<(string Command, string Description)>? more = null) => new("help", Map(
        ("intro", "Tell me how an interview went and I'll keep the candidate from falling through the cracks. I read your message, show you the record to confirm, and remind you when it's time to get back in touch."),
        ("examples", List(
            Map(("text", "Interviewed Priya Shah for the Senior Data Engineer role, strong SQL, weak on system design, we went with someone else. Check back in 3 months")),
            Map(("text", "Jamal Reed declined our offer for QA Lead, couldn't relocate. Ping him in Q3")),
            Map(("text", "who is due this week")),
            Map(("text", "show Priya")))),
        ("commands", List(
            Cmd("(free text)", "log one or more candidate outcomes; I ask for anything missing"),
            Cmd("yes / edit / cancel", "confirm, change or drop the record I showed you"),
            Cmd("role: QA Lead", "change a field of the record before confirming (#2 role: … for the second)"),
            Cmd("undo", "revert the last record you saved"),
            Cmd("who is due · due this week · due in February", "candidates to get back in touch with"),
            Cmd("show Priya · what do we know about Priya Shah", "a candidate's timeline"))
            .Concat((more ?? []).Select(m => Cmd(m.Command, m.Description)))
            .Append(Cmd("help", "this card")).ToList())),
        "What I understand: log outcomes in plain words, 'who is due', 'show <name>', 'undo'.");

    public static CardReply Confirm(Guid dialogId, IReadOnlyList<OutcomeDraft> drafts, string? note) => new("outcome-confirm", Map(
        ("dialogId", dialogId.ToString()),
        ("title", drafts.Count == 1 ? "Log this outcome?" : $"Log these {drafts.Count} outcomes?"),
        ("note", note ?? ""),
        ("candidates", drafts.Select((d, i) => Map(
            ("index", (i + 1).ToString(CultureInfo.InvariantCulture)),
            ("name", d.Name ?? ""),
            ("role", d.Role ?? "not given"),
            ("outcome", d.Outcome is { } o ? DomainNames.Of(o) : ""),
            ("reasonCategory", d.Category is { } c ? DomainNames.Of(c) : ""),
            ("reasons", d.ReasonText ?? ""),
            ("blockers", string.Join("; ", d.Blockers)),
            ("feedback", d.Feedback ?? ""),
            ("contact", string.Join(" · ", new[] { d.Email, d.Phone, d.LinkedInUrl }.Where(x => !string.IsNullOrEmpty(x)))),
            ("nextContact", d.NextContactOn is { } n ? Day(n) : "no follow-up"),
            ("nextContactWhy", d.NextContactWhy),
            ("match", d.MatchNote ?? ""))).ToList())),
        "Please confirm: " + string.Join("; ", drafts.Select(Describe)));

    public static CardReply Edit(Guid dialogId, IReadOnlyList<OutcomeDraft> drafts) => new("outcome-edit", Map(
        ("dialogId", dialogId.ToString()),
        ("candidates", drafts.Select((d, i) => Map(
            ("index", i.ToString(CultureInfo.InvariantCulture)),
            ("name", d.Name ?? ""),
            ("role", d.Role ?? ""),
            ("outcome", d.Outcome is { } o ? DomainNames.Of(o) : ""),
            ("reasonCategory", d.Category is { } c ? DomainNames.Of(c) : ""),
            ("reasons", d.ReasonText ?? ""),
            ("blockers", string.Join("; ", d.Blockers)),
            ("nextContact", d.NextContactOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""))).ToList()),
        ("outcomeChoices", DomainNames.Outcomes.Select(o => Map(("value", DomainNames.Of(o)), ("title", DomainNames.Of(o)))).ToList()),
        ("categoryChoices", DomainNames.Categories.Select(c => Map(("value", DomainNames.Of(c)), ("title", DomainNames.Of(c)))).ToList())),
        "Edit the record, then Save.");

    public static CardReply Logged(IReadOnlyList<string> lines) => new("outcome-logged", Map(
        ("title", "Logged ✓"),
        ("lines", lines.Select(l => Map(("text", l))).ToList()),
        ("note", "Say \"undo\" to take it back.")),
        "Logged ✓ " + string.Join("; ", lines));

    public static string LoggedLine(LoggedOutcome o) =>
        $"{o.Name}, {DomainNames.Of(o.Outcome)}{(o.Role is null ? "" : $" for {o.Role}")}, " +
        (o.NextContactOn is { } d ? $"next contact {Day(d)}" : "no follow-up");

    public static CardReply Choose(Guid dialogId, string question, IReadOnlyList<CandidateMatch> matches) => new("choose-candidate", Map(
        ("dialogId", dialogId.ToString()),
        ("question", question),
        ("options", matches.Select(m => Map(
            ("candidateId", m.Id.ToString()),
            ("label", m.Name),
            ("detail", MatchDetail(m)))).ToList())),
        question + " " + string.Join(" or ", matches.Select(m => $"{m.Name} ({MatchDetail(m)})")));

    public static CardReply Due(string title, IReadOnlyList<DueItem> items, DateOnly today) => new("due-list", Map(
        ("title", title),
        ("emptyText", "Nobody is due. 🎉"),
        ("items", items.Select(i => Map(
            ("candidateId", i.CandidateId.ToString()),
            ("name", i.Name),
            ("role", i.Role ?? ""),
            ("lastOutcome", i.LastOutcome is { } o ? DomainNames.Of(o) : ""),
            ("reason", i.Reason ?? ""),
            ("blocker", string.Join("; ", i.Blockers)),
            ("nextContact", Day(i.NextContactOn)),
            ("overdue", i.NextContactOn < today))).ToList())),
        items.Count == 0 ? $"{title}: nobody." : $"{title}: " + string.Join(", ", items.Select(i => i.Name)));

    public static CardReply Timeline(CandidateProfile p)
    {
        var c = p.Candidate;
        var facts = new List<IReadOnlyDictionary<string, object?>>();
        void Fact(string title, string? value) { if (!string.IsNullOrWhiteSpace(value)) facts.Add(Map(("title", title), ("value", value))); }
        Fact("Role", p.LastRole);
        Fact("Last outcome", p.LastOutcome is { } o ? DomainNames.Of(o) : null);
        Fact("Blockers", string.Join("; ", p.Blockers));
        Fact("Next contact", c.DoNotContact ? "do not contact" : c.NextContactOn is { } n ? $"{Day(n)} ({c.NextContactWhy})" : "none");
        Fact("Do not contact", c.DoNotContact ? c.DoNotContactReason ?? "yes" : null);
        Fact("Email", c.Email);
        Fact("Phone", c.Phone);
        Fact("LinkedIn", c.LinkedInUrl);
        Fact("Owner", p.OwnerName ?? c.OwnerUserId);
        Fact("Source", Recruiting.Privacy.ConsentCards.SourceText(c.Source));
        Fact("Pool consent", Recruiting.Privacy.ConsentCards.ConsentText(c.PoolConsent, c.ConsentAtUtc, c.ConsentUntil));
        return new("timeline", Map(
            ("candidateId", c.Id.ToString()),
            ("name", c.DisplayName),
            ("summary", p.Entries.Count == 1 ? "1 entry" : $"{p.Entries.Count} entries"),
            ("facts", facts),
            ("entries", p.Entries.Select(e => Map(
                ("date", e.AtUtc.ToString("d MMM yyyy", CultureInfo.InvariantCulture)),
                ("kind", e.Kind),
                ("text", e.Text))).ToList())),
            $"{c.DisplayName}: " + (p.LastOutcome is { } lo ? DomainNames.Of(lo) : "no outcome yet"));
    }

    public static CardReply Notice(string title, string text) => new("notice", Map(("title", title), ("text", text)), $"{title}: {text}");

    public static string Describe(OutcomeDraft d) =>
        $"{d.Name ?? "?"}, {(d.Outcome is { } o ? DomainNames.Of(o) : "?")}{(d.Role is null ? "" : $" for {d.Role}")}, " +
        (d.NextContactOn is { } n ? $"next contact {Day(n)}" : "no follow-up");

    private static string MatchDetail(CandidateMatch m)
    {
        var parts = new List<string>();
        if (m.LastOutcome is { } o) parts.Add(DomainNames.Of(o));
        if (m.LastRole is { } r) parts.Add(r);
        if (m.LastLoggedUtc is { } at) parts.Add(at.ToString("MMM yyyy", CultureInfo.InvariantCulture));
        if (m.Email is { } e) parts.Add(e);
        return parts.Count == 0 ? "no history yet" : string.Join(", ", parts);
    }

    private static IReadOnlyDictionary<string, object?> Cmd(string command, string description) =>
        Map(("command", command), ("description", description));

    private static List<IReadOnlyDictionary<string, object?>> List(params IReadOnlyDictionary<string, object?>[] items) => [.. items];

    private static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
