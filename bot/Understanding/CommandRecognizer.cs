using System.Globalization;
using System.Text.RegularExpressions;

namespace RecruitBot.Understanding;

/// <summary>
/// Recognises the bot's short commands. Anything it does not recognise is left to the outcome recognizer, so the
/// patterns are anchored to the whole message and deliberately narrow.
/// </summary>
public sealed partial class CommandRecognizer(IDateRecognizer dates)
{
    public static readonly IReadOnlyList<string> EditableFields =
        ["name", "role", "outcome", "reason", "category", "blocker", "next contact", "feedback", "email", "phone"];

    public Command? Recognize(string text, DateTime referenceLocal)
    {
        var t = text.Trim();
        if (HelpPattern().IsMatch(t)) return new Command.Help();
        if (UndoPattern().IsMatch(t)) return new Command.Undo();
        if (CancelPattern().IsMatch(t)) return new Command.Cancel();
        if (YesPattern().IsMatch(t)) return new Command.Yes();
        if (NoPattern().IsMatch(t)) return new Command.No();
        var due = DuePattern().Match(t);
        if (due.Success) return ResolveDue(due.Groups["rest"].Value.Trim(), referenceLocal);
        var show = ShowPattern().Match(t);
        if (show.Success) return new Command.Show(show.Groups["name"].Value.Trim());
        var edit = EditPattern().Match(t);
        if (edit.Success)
        {
            int? index = edit.Groups["idx"].Success ? int.Parse(edit.Groups["idx"].Value, CultureInfo.InvariantCulture) : null;
            return new Command.Edit(index, CanonicalField(edit.Groups["field"].Value), edit.Groups["value"].Value.Trim());
        }
        return null;
    }

    private Command.Due ResolveDue(string rest, DateTime referenceLocal)
    {
        var today = DateOnly.FromDateTime(referenceLocal);
        var r = rest.ToLowerInvariant().Trim(' ', '?', '!', '.');
        if (r is "" or "now" or "today" or "right now")
            return new(null, today, "due now");
        if (r is "this week")
            return new(null, today.AddDays(6 - ((int)today.DayOfWeek + 6) % 7), "due this week");
        if (r is "this month")
            return new(null, new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1), "due this month");

        foreach (var entity in dates.Recognize(rest, referenceLocal))
        {
            if (PickRange(entity, today) is { } range)
                return new(range.From, range.To, "due " + rest.Trim());
        }
        return new(null, today, "due now");
    }

    /// <summary>Turns a date or date range into an inclusive window, preferring the reading that is not in the past.</summary>
    private static (DateOnly From, DateOnly To)? PickRange(DateEntity entity, DateOnly today)
    {
        var windows = new List<(DateOnly From, DateOnly To)>();
        foreach (var v in entity.Values)
        {
            if (v.Type == "date" && TryDate(v.Value, out var d)) windows.Add((d, d));
            else if (v.Type == "daterange" && TryDate(v.Start, out var s) && TryDate(v.End, out var e))
                windows.Add((s, e > s ? e.AddDays(-1) : s)); // datetimeV2 range ends are exclusive
        }
        if (windows.Count == 0) return null;
        var current = windows.Where(w => w.To >= today).OrderBy(w => w.From).ToList();
        return current.Count > 0 ? current[0] : windows.OrderByDescending(w => w.From).First();
    }

    private static bool TryDate(string? s, out DateOnly date) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string CanonicalField(string field)
    {
        var f = field.ToLowerInvariant().Replace('-', ' ');
        return f switch
        {
            "reasons" => "reason",
            "blockers" => "blocker",
            "follow up" or "followup" or "date" or "next contact date" or "next" => "next contact",
            "candidate" => "name",
            _ => f,
        };
    }

    [GeneratedRegex(@"^(help|\?|what can you do\??|how does this work\??|commands|menu)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^undo( that| last( one)?| it)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UndoPattern();

    [GeneratedRegex(@"^(cancel|never ?mind|nvm|discard( it)?|forget it|abort)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CancelPattern();

    [GeneratedRegex(@"^(y|yes|yep|yeah|yup|ok|okay|sure|confirm(ed)?|correct|looks good|lgtm|save( it)?|go ahead|do it|👍|✅)[\s!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesPattern();

    [GeneratedRegex(@"^(n|no|nope|not quite|wrong)[\s!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoPattern();

    [GeneratedRegex(@"^(who('?s| is| are)\s+due|what('?s| is)\s+due|who\s+should\s+i\s+(contact|reach\s+out\s+to|call)|due|show\s+(me\s+)?(who('?s| is)\s+)?due|due\s+list)\b(?<rest>[^\n]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DuePattern();

    [GeneratedRegex(@"^(show( me)?|what do (we|you|i) know about|tell me about|history (of|for)|timeline (of|for)|look ?up|lookup|find|profile( of| for)?)\s+(?<name>[^\n]{1,120}?)[\s?!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShowPattern();

    [GeneratedRegex(@"^(#?(?<idx>[1-9])[\s.:)]+)?((set|change|update|make)\s+(the\s+)?)?(?<field>name|candidate|role|outcome|reasons?|category|blockers?|next[ -]contact( date)?|follow[ -]?up|date|feedback|email|phone)\s*(:|=|\bto\b|\bis\b)\s*(?<value>[^\n]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditPattern();
}
