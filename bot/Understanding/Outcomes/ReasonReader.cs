using System.Text.RegularExpressions;
using RecruitBot.Recruiting;

namespace RecruitBot.Understanding.Outcomes;

/// <summary>Reads why an outcome happened: the reason clauses, their category, blockers and feedback.</summary>
internal static partial class ReasonReader
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\b(?:comp|compensation|salary|pay|paid|too\s+expensive|budget|money|equity|rate|offer\s+too\s+low|lowball)\b|\$[0-9]", Opts)]
    private static partial Regex Compensation();

    [GeneratedRegex(@"\b(?:relocat\w*|remote|on-?site|in[\s-]office|hybrid|commute|location|visa|sponsor\w*|time\s*zone|move\s+to)\b", Opts)]
    private static partial Regex Location();

    [GeneratedRegex(@"\b(?:notice\s+period|notice|timing|not\s+ready|start\s+date|too\s+soon|can'?t\s+start|hiring\s+freeze|frozen|on\s+hold|paused|current\s+(?:job|role|company|employer)|counter[\s-]?offer|bad\s+time)\b", Opts)]
    private static partial Regex Timing();

    [GeneratedRegex(@"\b(?:culture|cultural|team\s+fit|communication|communicat\w*|attitude|values|collaborat\w*|personality|arrogant|rude|vibe|energy|red\s+flags?|fit)\b", Opts)]
    private static partial Regex Culture();

    [GeneratedRegex(@"\b(?:weak|lack\w*|gaps?|skills?|technical(?:ly)?|coding|system\s+design|struggled|couldn'?t|knowledge|depth|algorithms?|take[\s-]home|not\s+strong|testing|architecture|debugging)\b", Opts)]
    private static partial Regex Skills();

    [GeneratedRegex(@"\b(?:too\s+junior|too\s+senior|junior|overqualified|over-qualified|underqualified|under-qualified|experience|years|seniority|senior\s+enough|level(?:ed)?)\b", Opts)]
    private static partial Regex Experience();

    [GeneratedRegex(@"\b(?:strong|weak|great|good|solid|lack\w*|gaps?|not\s+(?:enough|strong|ready)|too\s+\w+|struggled|couldn'?t|can'?t|won'?t|wants?|needs?|expects?|impressive|impressed|excellent|poor|culture|fit|comp\b|salary|relocat\w*|remote|visa|notice|experience|overqualified|communication|skills?|loved|liked|concerns?|red\s+flags?|limited)", Opts)]
    private static partial Regex ReasonWord();

    [GeneratedRegex(@"[,;.!?\n]|\s[-–—]\s|\s[-–—]|[-–—]\s|\bbut\b", Opts)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:can'?t|cannot|won'?t|unable\s+to|not\s+willing\s+to|doesn'?t\s+want\s+to|didn'?t\s+want\s+to)\s+relocate\b|\bno\s+relocation\b|\b(?:wants?|needs?)\s+(?:to\s+be\s+)?(?:fully\s+)?remote(?:\s+only)?\b|\bremote[\s-]only\b|\b(?:comp(?:ensation)?|salary)\s+(?:expectations?|ask)\s+(?:were\s+|was\s+|are\s+|is\s+)?(?:too\s+high|way\s+(?:too\s+)?high|above\s+(?:our\s+)?(?:band|range|budget))|\btoo\s+expensive\b|\bneeds?\s+(?:visa\s+)?sponsorship\b|\bvisa(?:\s+(?:issues?|sponsorship|status|problems?))?\b|\b(?:[0-9]+|one|two|three|six)[\s-]*(?:months?|weeks?)(?:'|’)?\s+notice(?:\s+period)?\b|\b(?:long\s+)?notice\s+period\b|\bnot\s+ready\s+to\s+(?:leave|move)(?:\s+(?:her|his|their)\s+current\s+(?:job|role|company|employer))?\b|\bcounter[\s-]?offer\b", Opts)]
    private static partial Regex Blocker();

    [GeneratedRegex(@"\b(?:feedback(?:\s+(?:given|shared|sent))?|told\s+(?:her|him|them)|let\s+(?:her|him|them)\s+know)\s*(?:was|:|-|–|that)?\s*(?<f>[^.;\n]{3,200})", Opts)]
    private static partial Regex Feedback();

    private static readonly (Func<Regex> Rule, ReasonCategory Category)[] Categories =
    [
        (Compensation, ReasonCategory.Compensation),
        (Location, ReasonCategory.Location),
        (Timing, ReasonCategory.Timing),
        (Culture, ReasonCategory.CultureFit),
        (Skills, ReasonCategory.SkillsGap),
        (Experience, ReasonCategory.ExperienceLevel),
    ];

    /// <summary>The clauses that carry reasons, joined; null when the text gives none.</summary>
    public static string? ReasonText(string text, IEnumerable<(int Start, int End)> ranges, Func<int, int, bool> isNoise)
    {
        var parts = new List<string>();
        foreach (var (start, end) in ranges)
        {
            var at = start;
            foreach (Match b in ClauseBreak().Matches(text[..end], start))
            {
                AddClause(text, at, b.Index, parts, isNoise);
                at = b.Index + b.Length;
            }
            AddClause(text, at, end, parts, isNoise);
        }
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static void AddClause(string text, int start, int end, List<string> parts, Func<int, int, bool> isNoise)
    {
        if (end <= start) return;
        var clause = text[start..end].Trim();
        if (clause.Length < 3 || !ReasonWord().IsMatch(clause) || isNoise(start, end)) return;
        parts.Add(clause);
    }

    public static ReasonCategory? Category(string? reasonText)
    {
        if (string.IsNullOrEmpty(reasonText)) return null;
        foreach (var (rule, category) in Categories)
        {
            if (rule().IsMatch(reasonText)) return category;
        }
        return ReasonCategory.Other;
    }

    public static List<string> Blockers(string segment)
    {
        var found = new List<string>();
        foreach (Match m in Blocker().Matches(segment))
        {
            if (!found.Contains(m.Value, StringComparer.OrdinalIgnoreCase)) found.Add(m.Value);
        }
        return found;
    }

    public static string? FeedbackIn(string segment)
    {
        var m = Feedback().Match(segment);
        return m.Success ? m.Groups["f"].Value.Trim() : null;
    }
}
