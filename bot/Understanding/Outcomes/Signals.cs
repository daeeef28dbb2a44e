using System.Text.RegularExpressions;

namespace RecruitBot.Understanding.Outcomes;

/// <summary>Follow-up cues, "no follow up" / do-not-contact flags and contact details.</summary>
internal static partial class Signals
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\b(?:no\s+(?:need\s+(?:to|for)\s+(?:a\s+)?)?(?:further\s+)?follow[\s-]?ups?|(?:don'?t|do\s+not|dont|won'?t|no\s+need\s+to)\s+(?:bother\s+(?:to\s+)?)?(?:follow[\s-]?up|reach\s+out|circle\s+back|revisit|re-?engage|check\s+back|ping)|not\s+worth\s+(?:revisiting|a\s+revisit|following\s+up|another\s+look|a\s+follow[\s-]?up|re-?engaging|reaching\s+out)|no\s+(?:revisit|callback)|never\s+again|not\s+(?:re-?)?considering\s+again)\b", Opts)]
    private static partial Regex NoFollowUp();

    [GeneratedRegex(@"\b(?:do\s+not\s+contact|don'?t\s+contact|dont\s+contact|(?:asked|requested)\s+(?:us\s+)?(?:not\s+to\s+be\s+contacted|not\s+to\s+contact|to\s+not\s+be\s+contacted|that\s+we\s+not\s+contact)|do-not-contact|dnc|never\s+contact|stop\s+contacting|remove\s+(?:her|him|them)\s+from\s+(?:our|the)\s+(?:list|pipeline|db|database))\b", Opts)]
    private static partial Regex DoNotContact();

    [GeneratedRegex(@"\b(?:check(?:ing)?[\s-]*(?:back|in)|circle\s+back|re-?visit\w*|reach\s+(?:back\s+)?out|ping|follow[\s-]?up|touch\s+base|(?:another|second|fresh)\s+look|re-?look|reconnect|re-?engage|reconsider|look\s+again|keep\s+(?:(?:her|him|them|in\s+touch)\s+)?(?:warm|in\s+mind)|(?:maybe\s+|try\s+)?again|get\s+back\s+to|re-?contact|remind(?:er)?|re-?approach|re-?apply|re-?interview|open\s+to|available|free\s+(?:up|again)|until|till|til|re-?opens?|unfreeze|nudge|loop\s+back|talk\s+again|chat\s+again|catch\s+up|worth\s+(?:a|another)|flag|call\s+(?:her|him|them)|email\s+(?:her|him|them)|resume|pick\s+(?:it|this)\s+(?:back\s+)?up)\b", Opts)]
    private static partial Regex FollowUpCue();

    [GeneratedRegex(@"[.;!?\n]", Opts)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\bnotice\b|\bfor\s*$", Opts)]
    private static partial Regex NotAFollowUp();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", Opts)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[A-Za-z0-9\-_%]+/?", Opts)]
    private static partial Regex LinkedIn();

    [GeneratedRegex(@"(?<![\w/.\-])\+?[0-9][0-9 ().\-]{6,18}[0-9](?![\w/])", Opts)]
    private static partial Regex Phone();

    public static Match? NoFollowUpIn(string text, int from, int to) => FirstIn(NoFollowUp(), text, from, to);

    public static Match? DoNotContactIn(string text, int from, int to) => FirstIn(DoNotContact(), text, from, to);

    private static Match? FirstIn(Regex rule, string text, int from, int to)
    {
        var m = rule.Match(text, from);
        return m.Success && m.Index + m.Length <= to ? m : null;
    }

    /// <summary>
    /// True when a follow-up cue sits in the same sentence as the date, just before it ("check back in 3
    /// months", "ping her in Q3") or just after it ("Q3 - worth a revisit").
    /// </summary>
    public static bool IsFollowUp(string text, DateEntity date)
    {
        // A question mark does not end the thought: "Revisit? let's say in 6 months".
        var sentenceStart = date.Start;
        while (sentenceStart > 0 && date.Start - sentenceStart < 80 && text[sentenceStart - 1] is not ('.' or ';' or '!' or '\n'))
        {
            sentenceStart--;
        }
        var before = text[sentenceStart..date.Start];
        var clause = before.AsSpan()[(before.LastIndexOfAny([',', '-', '—', '(']) + 1)..];
        if (NotAFollowUp().IsMatch(clause)) return false;
        if (FollowUpCue().IsMatch(before)) return true;
        var afterEnd = Math.Min(text.Length, date.End + 1 + 30);
        var after = text[(date.End + 1)..afterEnd];
        var stop = SentenceBreak().Match(after);
        if (stop.Success) after = after[..stop.Index];
        return FollowUpCue().IsMatch(after);
    }

    public static (List<(int Start, int End)> Spans, ContactDetails Contact) Contacts(string text, IReadOnlyList<DateEntity> dates)
    {
        var spans = new List<(int, int)>();
        string? email = null, linkedIn = null, phone = null;
        foreach (Match m in LinkedIn().Matches(text))
        {
            linkedIn ??= m.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? m.Value : "https://" + m.Value;
            spans.Add((m.Index, m.Index + m.Length));
        }
        foreach (Match m in Email().Matches(text))
        {
            email ??= m.Value;
            spans.Add((m.Index, m.Index + m.Length));
        }
        foreach (Match m in Phone().Matches(text))
        {
            var digits = m.Value.Count(char.IsAsciiDigit);
            var inDate = dates.Any(d => m.Index <= d.End && d.Start < m.Index + m.Length);
            if (digits < 7 || digits > 15 || inDate || spans.Any(s => m.Index < s.Item2 && s.Item1 < m.Index + m.Length)) continue;
            phone ??= m.Value.Trim();
            spans.Add((m.Index, m.Index + m.Length));
        }
        return (spans, email is null && phone is null && linkedIn is null ? ContactDetails.None : new ContactDetails(email, phone, linkedIn));
    }

    public static ContactDetails ContactsWithin(ContactDetails all, string text, int from, int to)
    {
        if (all.IsEmpty) return all;
        bool Inside(string? v) => v is not null && text.IndexOf(v.Replace("https://", "", StringComparison.Ordinal), from, to - from, StringComparison.OrdinalIgnoreCase) >= 0;
        return new ContactDetails(Inside(all.Email) ? all.Email : null, Inside(all.Phone) ? all.Phone : null, Inside(all.LinkedInUrl) ? all.LinkedInUrl : null);
    }
}
