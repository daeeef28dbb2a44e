using System.Text.RegularExpressions;

namespace RecruitBot.Referrals;

/// <summary>
/// Recognises the referral feature's commands. Anchored to the whole message and narrow, so outcome messages
/// ("Alex Kim was hired") stay with the engine; names found here still have to match a referral to be claimed.
/// </summary>
public static partial class ReferralCommands
{
    public static ReferralCommand? Recognize(string text)
    {
        var t = text.Trim();
        if (Mine().IsMatch(t)) return new ReferralCommand.MyReferrals();
        if (Opening().Match(t) is { Success: true } o) return ReadOpening(o.Groups["rest"].Value);
        if (Updates().Match(t) is { Success: true } u)
            return new ReferralCommand.Updates(u.Groups["name"].Value.Trim(), Resumes().IsMatch(u.Groups["verb"].Value));
        if (Agreed().Match(t) is { Success: true } a) return new ReferralCommand.ConsentGiven(a.Groups["name"].Value.Trim());
        if (Mark().Match(t) is { Success: true } m && StatusOf(m.Groups["status"].Value) is { } s1)
            return new ReferralCommand.SetStatus(m.Groups["name"].Value.Trim(), s1);
        if (IsNow().Match(t) is { Success: true } n && StatusOf(n.Groups["status"].Value) is { } s2)
            return new ReferralCommand.SetStatus(n.Groups["name"].Value.Trim(), s2);
        if (Suggested().Match(t) is { Success: true } g)
            return new ReferralCommand.Suggestion(Regex.Replace(g.Groups["ref"].Value.Trim(), "['’]s$", ""), g.Groups["rest"].Value.Trim());
        return null;
    }

    private static ReferralCommand.NewOpening ReadOpening(string rest)
    {
        var r = rest.Trim().Trim('.', '!');
        if (r.Length == 0) return new(null, []);
        var split = KeywordSplit().Match(r);
        var title = split.Success ? r[..split.Index] : r;
        var keywords = split.Success
            ? KeywordSeparators().Split(r[(split.Index + split.Length)..]).Select(k => k.Trim().Trim('.', '!')).Where(k => k.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase).Take(10).ToList()
            : [];
        title = title.Trim().Trim(',', ';', '-', '–', ' ');
        return new(title.Length == 0 ? null : title, keywords);
    }

    private static ReferralStatus? StatusOf(string s) => Regex.Replace(s.Trim().ToLowerInvariant(), @"\s+", " ") switch
    {
        "contacted" or "reached out to" or "in touch" => ReferralStatus.Contacted,
        "interviewing" or "being interviewed" or "in interviews" or "in the interview process" or "in process" => ReferralStatus.Interviewing,
        "hired" => ReferralStatus.Hired,
        "not selected" or "rejected" or "declined" => ReferralStatus.NotSelected,
        "on hold" or "on-hold" => ReferralStatus.OnHold,
        _ => null,
    };

    [GeneratedRegex(@"^(?:(?:show\s+)?(?:me\s+)?my\s+referrals|what\s+happened\s+(?:to|with)\s+my\s+referrals|how\s+are\s+my\s+referrals(?:\s+doing)?|referral\s+status)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mine();

    [GeneratedRegex(@"^(?:new\s+opening|opening|new\s+role|new\s+position|role\s+opened|we(?:'re|’re|\s+are)\s+(?:now\s+)?hiring(?:\s+an?)?|open(?:ed|ing)\s+(?:a\s+)?(?:new\s+)?role)\b\s*[:\-–]?(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Opening();

    [GeneratedRegex(@"\s*(?:[,;]\s*(?:needs?|requires?|must\s+have|keywords?|skills?|with)?\s*:?|\s+(?:needs?|requiring|requires?|with|keywords?\s*:|skills?\s*:))\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordSplit();

    [GeneratedRegex(@"\s*(?:,|;|/|\band\b|\+)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordSeparators();

    [GeneratedRegex(@"^(?<verb>stop|pause|mute|turn\s+off|switch\s+off|resume|restart|turn\s+on|switch\s+on)\s+(?:sending\s+)?(?:the\s+)?(?:referral\s+)?updates\s+(?:for|to|about)\s+(?<name>.+?)(?:'s|’s)?(?:\s+referrer)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Updates();

    [GeneratedRegex(@"^(?:resume|restart|turn\s+on|switch\s+on)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Resumes();

    [GeneratedRegex(@"^(?<name>[\p{L}][\p{L}'’.\-]*(?:\s+[\p{L}][\p{L}'’.\-]*){0,3}?)\s+(?:has\s+)?(?:agreed|consented|said\s+yes|is\s+(?:ok|okay|happy)\s+(?:with\s+it|to\s+be\s+referred|to\s+be\s+contacted))(?:\s+to\s+be\s+(?:referred|contacted))?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agreed();

    [GeneratedRegex(@"^mark\s+(?<name>.+?)\s+(?:as\s+)?(?<status>contacted|interviewing|hired|not\s+selected|rejected|on[\s-]hold|in\s+touch)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mark();

    [GeneratedRegex(@"^(?<name>[\p{L}][\p{L}'’.\-]*(?:\s+[\p{L}][\p{L}'’.\-]*){0,3}?)\s+(?:is|are)\s+(?:now\s+)?(?<status>interviewing|being\s+interviewed|in\s+interviews|in\s+the\s+interview\s+process)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsNow();

    [GeneratedRegex(@"^(?<ref>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)?)(?:'s|’s)?\b[^.;!?]*?\b(?:suggested|recommended|referred|put\s+us\s+in\s+touch\s+with|pointed\s+us\s+(?:to|towards))\s+(?<rest>\p{Lu}.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Suggested();
}
