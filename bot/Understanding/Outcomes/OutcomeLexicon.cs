using System.Text.RegularExpressions;
using RecruitBot.Recruiting;

namespace RecruitBot.Understanding.Outcomes;

/// <summary>
/// Outcome phrases, typos included ("rejcted", "runnerup", "wihdrew", "declned the offer", "hird").
/// Rules are ordered by precedence: an offer declined beats "declined", another offer beats "accepted".
/// </summary>
internal static partial class OutcomeLexicon
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\b(?:decl[a-z]*n[a-z]*|turn(?:ed|s)?\s+down|said\s+no\s+to|passed\s+on|rejected|didn'?t\s+accept|did\s+not\s+accept|refused)\s+(?:our|the|my|his|her|their)\s+(?:job\s+|final\s+)?offer\b|\boffer\s+(?:was\s+)?(?:declined|rejected|turned\s+down)\b", Opts)]
    private static partial Regex DeclinedOffer();

    [GeneratedRegex(@"\b(?:wi?t?h?dr[ae]w[a-z]*|withdrawn|pull(?:ed|s)?\s+out|dropped\s+out|backed\s+out|bowed\s+out|(?:took|accepted|taking|accepting|went\s+with)\s+(?:an(?:other)?|a\s+(?:different|competing|counter)|the\s+counter)[\s-]*(?:offer|job|role|position)|took\s+a\s+(?:job|role|position)\s+(?:elsewhere|at)|(?:stayed|staying)\s+(?:at|with)\s+(?:her|his|their)\s+current|ghosted)\b", Opts)]
    private static partial Regex Withdrew();

    [GeneratedRegex(@"\b(?:runner[\s-]*up|runerup|runner\s*upp?|close\s+(?:2nd|second)|second\s+choice|(?:came|was)\s+(?:2nd|second)|silver\s+medal(?:ist)?|(?:went|going|gone)\s+with\s+(?:some(?:one|body)\s+else|another\s+(?:candidate|person)|a\s+different\s+candidate|the\s+other\s+candidate)|(?:hired|picked|chose|chosen|offered)\s+(?:some(?:one|body)\s+else|another\s+candidate|a\s+different\s+candidate)|narrowly\s+missed|just\s+missed\s+out|backup\s+candidate)\b", Opts)]
    private static partial Regex RunnerUp();

    [GeneratedRegex(@"\b(?:on[\s-]?hold|req(?:uisition)?\s+(?:is\s+|got\s+|was\s+)?(?:frozen|paused)|hiring\s+freeze|headcount\s+freeze|(?:role|position|search|req|process|hiring)\s+(?:is\s+|got\s+|was\s+)?paused|pause[ds]?|parked|on\s+ice)\b", Opts)]
    private static partial Regex OnHold();

    [GeneratedRegex(@"\b(?:hired|hird|hiered|we'?re\s+hiring\s+(?:him|her|them)|accepted(?:\s+(?:our|the)\s+offer)?|acepted|offer\s+accepted|signed(?:\s+(?:the\s+)?offer)?|start(?:s|ing)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|next|in|tomorrow|[0-9])|joins?\s+(?:us|the\s+team|on|next)|joining\s+(?:us|the\s+team|on|next)|made\s+the\s+hire|(?:it'?s\s+a\s+)?yes\s+from\s+(?:us|me))|🎉", Opts)]
    private static partial Regex Hired();

    [GeneratedRegex(@"\b(?:rej[a-z]*t[a-z]*d|rejct|reject(?:ing)?|regected|not\s+(?:a\s+)?(?:good\s+|great\s+|strong\s+|right\s+)?fit|no\s+fit|pass(?:ed|ing)?\s+on|(?:we|i)\s+pass(?:ed)?\b|hard\s+pass|no[\s-]hire|not\s+(?:moving|going)\s+(?:forward|ahead)|won'?t\s+(?:be\s+)?(?:moving|going)\s+forward|(?:turned|turn)\s+(?:him|her|them)\s+down|declined\s+(?:him|her|them)|didn'?t\s+make\s+(?:it|the\s+cut)|not\s+selected|(?:is\s+|a\s+)?no\s+go|thumbs\s+down|not\s+hired|didn'?t\s+hire|not\s+offering|no\s+offer|cut\s+(?:him|her|them)|dinged)|❌|👎", Opts)]
    private static partial Regex Rejected();

    [GeneratedRegex(@"\b(?:strong|great|good|solid|impressive|impressed|loved|liked|excellent|really\s+close|so\s+close|nearly|almost|sharp|promising|talented)\b", Opts)]
    private static partial Regex Positive();

    private static readonly (Func<Regex> Rule, Outcome Outcome)[] Rules =
    [
        (DeclinedOffer, Outcome.DeclinedOffer),
        (Withdrew, Outcome.Withdrew),
        (RunnerUp, Outcome.RunnerUp),
        (OnHold, Outcome.OnHold),
        (Hired, Outcome.Hired),
        (Rejected, Outcome.Rejected),
    ];

    /// <summary>Every outcome phrase in the text with its span, in precedence order of the rules.</summary>
    public static List<OutcomeHit> FindAll(string text)
    {
        var hits = new List<OutcomeHit>();
        foreach (var (rule, outcome) in Rules)
        {
            foreach (Match m in rule().Matches(text))
            {
                var overlaps = hits.Exists(h => m.Index < h.Start + h.Length && h.Start < m.Index + m.Length);
                if (!overlaps) hits.Add(new OutcomeHit(m.Index, m.Length, outcome, m.Value));
            }
        }
        return hits;
    }

    public static bool HasPositiveSignal(string segment) => Positive().IsMatch(segment);

    /// <summary>"went with someone else" is runner-up only when the writer liked the person.</summary>
    public static bool IsSomeoneElse(string phrase) =>
        phrase.Contains("else", StringComparison.OrdinalIgnoreCase) || phrase.Contains("another", StringComparison.OrdinalIgnoreCase)
        || phrase.Contains("different", StringComparison.OrdinalIgnoreCase) || phrase.Contains("other", StringComparison.OrdinalIgnoreCase);
}

internal readonly record struct OutcomeHit(int Start, int Length, Outcome Outcome, string Phrase);
