using System.Text.RegularExpressions;
using RecruitBot.Conversation;

namespace RecruitBot.Nudges;

/// <summary>Reads typed nudge commands. Anchored patterns only, so ordinary outcome messages are never claimed.</summary>
public static partial class NudgeCommandParser
{
    private const string Name = @"(?<name>[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,3}?)";
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?:i\s+)?(?:contacted|reached\s+out\s+to|spoke\s+to|spoke\s+with)\s+" + Name + @"(?:\s*(?:[:,–—-]|\s)\s*(?<resp>interested|maybe\s+later|not\s+interested|knows\s+someone|wrong\s+fit))?\s*[.!]?$", Opts)]
    private static partial Regex ContactedRx();

    [GeneratedRegex(@"^snooze\s+" + Name + @"\s+(?<when>(?:(?:for|until|till|til|to|in|on|next|a|an|one|two|three|four|six|twelve)\b|\d).*)$", Opts)]
    private static partial Regex SnoozeRx();

    [GeneratedRegex(@"^(?:do\s+not|don'?t|never)\s+contact\s+" + Name + @"(?:\s*(?:[:,–—-]|\bbecause\b)\s*(?<reason>.+))?\s*$", Opts)]
    private static partial Regex DncRx();

    [GeneratedRegex(@"^(?:please\s+)?draft\s+(?:a\s+)?check[\s-]?in\s+(?:for|to|with)\s+" + Name + @"\s*[.!?]?$", Opts)]
    private static partial Regex DraftRx();

    [GeneratedRegex(@"^(?:we(?:'re|\s+are)\s+|i(?:'m|\s+am)\s+|started\s+)?interviewing\s+" + Name + @"\s+(?:for|as)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?<role>[^.,;!?]{2,80}?)(?:\s+role|\s+position)?\s*[.!]?$", Opts)]
    private static partial Regex InterviewingRx();

    [GeneratedRegex(@"^" + Name + @"\s+(?:had|has\s+had|did)\s+(?:her|his|their|the|a|an)\s+(?<stage>(?:final|first|second|third|technical|onsite|on-site|panel|last)\s+(?:round|interview|onsite))(?:\s+(?<when>today|yesterday))?(?:\s+for\s+(?:the\s+)?(?<role>[^.,;!?]{2,80}?)(?:\s+role)?)?(?:\s+(?<when2>today|yesterday))?\s*[.!]?$", Opts)]
    private static partial Regex HadRoundRx();

    [GeneratedRegex(@"^in[\s-]process\s*:\s*" + Name + @"\s*(?:,|\bfor\b|[–—-])\s*(?<role>[^.;!?]{2,80}?)\s*[.!]?$", Opts)]
    private static partial Regex InProcessRx();

    [GeneratedRegex(@"^digest\b\s*(?<rest>.*)$", Opts)]
    private static partial Regex DigestRx();

    public static NudgeCommand? Parse(string text)
    {
        var t = text.Trim();
        if (DigestRx().Match(t) is { Success: true } dg) return new NudgeCommand.Digest(dg.Groups["rest"].Value.Trim());
        if (ContactedRx().Match(t) is { Success: true } c && IsName(c))
            return new NudgeCommand.Contacted(N(c), c.Groups["resp"].Success ? OutreachResponses.Parse(c.Groups["resp"].Value) : null);
        if (SnoozeRx().Match(t) is { Success: true } s && IsName(s)) return new NudgeCommand.Snooze(N(s), s.Groups["when"].Value.Trim());
        if (DncRx().Match(t) is { Success: true } d && IsName(d))
            return new NudgeCommand.DoNotContact(N(d), d.Groups["reason"].Success ? d.Groups["reason"].Value.Trim() : null);
        if (DraftRx().Match(t) is { Success: true } dr && IsName(dr)) return new NudgeCommand.Draft(N(dr));
        if (InterviewingRx().Match(t) is { Success: true } i && IsName(i)) return new NudgeCommand.Track(N(i), Role(i), "interviewing", 0);
        if (HadRoundRx().Match(t) is { Success: true } h && IsName(h))
        {
            var when = h.Groups["when"].Success ? h.Groups["when"].Value : h.Groups["when2"].Value;
            return new NudgeCommand.Track(N(h), Role(h), h.Groups["stage"].Value.ToLowerInvariant(), when.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? 1 : 0);
        }
        if (InProcessRx().Match(t) is { Success: true } p && IsName(p)) return new NudgeCommand.Track(N(p), Role(p), null, 0);
        return null;
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "him", "her", "them", "me", "us", "someone", "anyone", "everyone", "nobody", "this", "that", "it", "the", "candidate",
    };

    private static bool IsName(Match m)
    {
        var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && !NotNames.Contains(words[0]) && InputGuard.LooksLikeName(m.Groups["name"].Value);
    }

    private static string N(Match m) => InputGuard.TitleCase(m.Groups["name"].Value);

    private static string? Role(Match m) => m.Groups["role"].Success && m.Groups["role"].Value.Trim().Length > 0 ? m.Groups["role"].Value.Trim() : null;
}
