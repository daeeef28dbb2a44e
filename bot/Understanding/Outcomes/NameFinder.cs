using System.Text;
using System.Text.RegularExpressions;

namespace RecruitBot.Understanding.Outcomes;

/// <summary>A person's name found in a message; <see cref="End"/> is exclusive.</summary>
internal readonly record struct NameSpan(int Start, int End, string Display)
{
    public string First => Display.Split(' ')[0];
}

/// <summary>
/// Finds people's names: Title Case runs ("Tom Lee", "April Chen"), known first names written in lower case
/// ("priya shah"), and words right after a cue ("interviewed zed okafor"). Words inside dates, roles and
/// outcome phrases are never names.
/// </summary>
internal static partial class NameFinder
{
    [GeneratedRegex(@"\p{L}[\p{L}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^[\s\-–—:,(]*(?:(?:was|is|got|has\s+been|had)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bridge();

    public static List<NameSpan> Find(string text, IReadOnlyList<(int Start, int End)> blocked, IReadOnlyList<OutcomeHit> outcomes)
    {
        var tokens = new List<(int Start, int End, string Word)>();
        foreach (Match m in Word().Matches(text))
        {
            var w = m.Value.TrimEnd('-', '\'', '’');
            if (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase)) w = w[..^2];
            if (w.Length == 0) continue;
            tokens.Add((m.Index, m.Index + w.Length, w));
        }
        var names = new List<NameSpan>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (start, end, word) = tokens[i];
            if (IsBlocked(start, end, blocked, outcomes) || !CanBeName(word)) continue;
            var run = new List<int> { i };
            var capital = char.IsUpper(word[0]);
            for (var j = i + 1; j < tokens.Count && run.Count < 3; j++)
            {
                var (s2, e2, w2) = tokens[j];
                if (s2 - tokens[j - 1].End != 1 || text[s2 - 1] != ' ' || IsBlocked(s2, e2, blocked, outcomes) || !CanBeName(w2)) break;
                if (capital != char.IsUpper(w2[0]) && capital) break;
                if (!capital && Words.Stop.Contains(w2)) break;
                run.Add(j);
            }
            // "Solutions Architect", "Site Reliability Engineer": capitalised words before a job word are a role.
            var after = run[^1] + 1;
            if (after < tokens.Count && tokens[after].Start - tokens[run[^1]].End == 1 && Words.Role.Contains(tokens[after].Word)) continue;
            if (!Accept(text, tokens, run, outcomes)) continue;
            var last = tokens[run[^1]];
            names.Add(new NameSpan(start, last.End, Display(run.Select(k => tokens[k].Word))));
            i = run[^1];
        }
        return names;
    }

    private static bool Accept(string text, List<(int Start, int End, string Word)> tokens, List<int> run, IReadOnlyList<OutcomeHit> outcomes)
    {
        var first = tokens[run[0]];
        var capital = char.IsUpper(first.Word[0]);
        var known = Words.FirstNames.Contains(first.Word);
        var adjacent = run[0] > 0 && text.AsSpan(tokens[run[0] - 1].End, first.Start - tokens[run[0] - 1].End).Trim().IsEmpty;
        var cued = adjacent && Words.Cues.Contains(tokens[run[0] - 1].Word);
        var strongCue = adjacent && Words.StrongCues.Contains(tokens[run[0] - 1].Word);
        var followed = FollowedByOutcome(text, tokens[run[^1]].End, outcomes);
        if (run.Count >= 2)
        {
            // "for Zephyr Pilot." names what someone was interviewed for, not a second person, unless an outcome follows.
            if (capital && !known && !followed && AfterRolePreposition(tokens, run[0])) return false;
            if (capital) return !IsAllCaps(first.Word) || known;
            // A lower-case pair opening a message that reports an outcome is the subject: "samir haddad for PM accepted".
            var opens = run[0] == 0 || (run[0] == 1 && tokens[0].Word.ToLowerInvariant() is "fyi" or "update" or "re");
            return known || strongCue || followed || (opens && outcomes.Count > 0);
        }
        if (capital && !IsAllCaps(first.Word)) return known || cued || followed;
        return known && (cued || followed || run[0] == 0);
    }

    private static bool AfterRolePreposition(List<(int Start, int End, string Word)> tokens, int index)
    {
        var i = index - 1;
        if (i >= 0 && tokens[i].Word.ToLowerInvariant() is "the" or "our" or "a" or "an" or "new") i--;
        return i >= 0 && tokens[i].Word.ToLowerInvariant() is "for" or "as";
    }

    private static bool FollowedByOutcome(string text, int end, IReadOnlyList<OutcomeHit> outcomes)
    {
        foreach (var o in outcomes)
        {
            if (o.Start >= end && o.Start - end <= 14 && Bridge().IsMatch(text.AsSpan(end, o.Start - end).ToString())) return true;
        }
        return false;
    }

    private static bool CanBeName(string word)
    {
        if (word.Length < 2 || word.Length > 30) return false;
        if (Words.Tech.Contains(word) || Words.Role.Contains(word)) return false;
        if (Words.Stop.Contains(word) && !Words.FirstNames.Contains(word)) return false;
        return IsAllCaps(word) ? Words.FirstNames.Contains(word) : true;
    }

    private static bool IsAllCaps(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsBlocked(int start, int end, IReadOnlyList<(int Start, int End)> blocked, IReadOnlyList<OutcomeHit> outcomes)
    {
        foreach (var (s, e) in blocked)
        {
            if (start < e && s < end) return true;
        }
        foreach (var o in outcomes)
        {
            if (start < o.Start + o.Length && o.Start < end) return true;
        }
        return false;
    }

    /// <summary>Title-cases words the writer typed in lower case; keeps deliberate casing ("McKay", "O'Neil").</summary>
    public static string Display(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0) sb.Append(' ');
            var keep = w.Any(char.IsUpper) && !IsAllCaps(w);
            var upperNext = true;
            foreach (var c in w)
            {
                sb.Append(keep ? c : upperNext ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                upperNext = c is '-' or '\'' or '’';
            }
        }
        return sb.ToString();
    }
}
