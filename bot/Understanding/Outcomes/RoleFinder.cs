using System.Text.RegularExpressions;

namespace RecruitBot.Understanding.Outcomes;

/// <summary>
/// Finds the role in a stretch of text: "for the Senior Data Engineer role", "(QA Lead)", "as frontend eng",
/// "for Backend Engineer", "for the SRE position". A role must end in a job word or carry a role suffix.
/// </summary>
internal static partial class RoleFinder
{
    [GeneratedRegex(@"(?:\b(?:for|as)\s+|\()(?:(?:the|our|a|an|new)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opener();

    [GeneratedRegex(@"[\p{L}0-9][\p{L}0-9+#./\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^\s*(?:role|position|opening|req|job|spot|seat|vacancy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"\b(?:(?:Senior|Sr\.?|Junior|Jr\.?|Staff|Principal|Lead|Head\s+of|[A-Z][A-Za-z]*|QA|ML|AI|UX|UI|iOS|SRE|PM)\s+){0,3}(?:Engineer|Eng|Developer|Designer|Manager|Analyst|Scientist|Architect|Lead|Writer|Executive|Recruiter|Director|Administrator|Specialist|Consultant|SRE|PM)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleCaseRole();

    public static (string Role, int Start, int End)? Find(string text, int from, int to, IReadOnlyList<NameSpan> names)
    {
        foreach (Match open in Opener().Matches(text, from))
        {
            if (open.Index >= to) break;
            var found = ReadRole(text, open.Index + open.Length, to, open.Value.StartsWith('('), names);
            if (found is not null) return found;
        }
        // Without "for"/"as"/brackets, only a Title Case job title counts: "Olivia Brown - Staff Engineer - hired".
        foreach (Match m in TitleCaseRole().Matches(text, from))
        {
            if (m.Index + m.Length > to) break;
            if (names.Any(n => m.Index < n.End && n.Start < m.Index + m.Length)) continue;
            var words = m.Value.Split(' ');
            var first = words.TakeWhile(w => !Words.Role.Contains(w) && Words.Stop.Contains(w)).Count();
            if (first >= words.Length || words.Skip(first).Any(w => !Words.Role.Contains(w) && (Words.Stop.Contains(w) || Words.FirstNames.Contains(w)))) continue;
            var start = m.Index + string.Join(' ', words.Take(first)).Length + (first > 0 ? 1 : 0);
            return (text[start..(m.Index + m.Length)], start, m.Index + m.Length);
        }
        return null;
    }

    private static (string, int, int)? ReadRole(string text, int pos, int to, bool bracketed, IReadOnlyList<NameSpan> names)
    {
        var words = new List<(int Start, int End, string Word)>();
        var at = pos;
        while (words.Count < 6)
        {
            var m = Token().Match(text, at);
            if (!m.Success || m.Index >= to) break;
            // Words must follow each other with single spaces; punctuation ends the role.
            var gap = text.AsSpan(at, m.Index - at);
            if (words.Count > 0 ? !gap.SequenceEqual(" ") : !gap.IsWhiteSpace()) break;
            var w = m.Value.TrimEnd('.', '-', '/');
            if (w.Length == 0 || names.Any(n => m.Index < n.End && n.Start < m.Index + m.Length)) break;
            if (IsStop(w) && !Words.Role.Contains(w)) break;
            words.Add((m.Index, m.Index + w.Length, w));
            at = m.Index + w.Length;
        }
        // Trim to the last job word, or accept a run that a suffix ("role", "position") closes.
        var suffix = words.Count > 0 && Suffix().IsMatch(text.AsSpan(words[^1].End, Math.Min(to, text.Length) - words[^1].End).ToString());
        var last = words.FindLastIndex(w => Words.Role.Contains(w.Word));
        // A job title we have no job word for ("for Zephyr Pilot."): two or more capitalised words closed by punctuation.
        var titled = !suffix && last < 0 && !bracketed && words.Count >= 2 && words.All(w => char.IsUpper(w.Word[0]))
            && ClosedByPunctuation(text, words[^1].End, to);
        if (!suffix && last < 0 && !titled) return null;
        var count = suffix || titled ? words.Count : last + 1;
        if (count == 0 || (bracketed && !BracketCloses(text, words[count - 1].End))) return null;
        if (words.Take(count).Any(w => char.IsAsciiDigit(w.Word[0]) && !Words.Role.Contains(w.Word))) return null;
        var start = words[0].Start;
        var end = words[count - 1].End;
        return (text[start..end], start, end);
    }

    private static bool ClosedByPunctuation(string text, int end, int to)
    {
        var limit = Math.Min(to, text.Length);
        return end >= limit || text[end] is '.' or ',' or ';' or '!' or '?' or ')' or '\n';
    }

    private static bool BracketCloses(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && text[i] == ')';
    }

    private static bool IsStop(string w) => Words.Stop.Contains(w);
}
