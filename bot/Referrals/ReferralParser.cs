using System.Text.RegularExpressions;
using RecruitBot.Conversation;

namespace RecruitBot.Referrals;

/// <summary>
/// Reads referrals from plain words: "refer Alex Kim for the Backend Engineer opening, alex.kim@example.com, we worked
/// together at Contoso". Patterns are narrow on purpose: what it cannot read is asked for, never guessed.
/// </summary>
public static partial class ReferralParser
{
    /// <summary>True when the message asks to refer someone ("refer …", "I'd like to refer …", "referral: …").</summary>
    public static bool IsReferral(string text) => Trigger().IsMatch(text.Trim());

    /// <summary>Reads a referral message (with or without the "refer" lead-in).</summary>
    public static ReferralFields Parse(string text)
    {
        var t = text.Trim();
        var trigger = Trigger().Match(t);
        var body = trigger.Success ? t[trigger.Length..].TrimStart(' ', ':', '-', '–') : t;

        string? relationship = null;
        var prefix = RelationPrefix().Match(body);
        if (prefix.Success)
        {
            relationship = prefix.Groups["rel"].Value.Trim();
            body = body[prefix.Length..];
        }

        var (email, phone, linkedIn) = Contact(body);
        string? name = null, role = null;
        var head = NameHead().Match(body);
        if (head.Success && InputGuard.LooksLikeName(head.Groups["name"].Value) && !NotAName(head.Groups["name"].Value))
        {
            name = InputGuard.TitleCase(head.Groups["name"].Value);
            var roleMatch = RoleAfterName().Match(body[head.Length..]);
            if (roleMatch.Success) role = Clean(roleMatch.Groups["role"].Value);
        }
        relationship ??= FirstGroup(body, "rel", RelationshipLabel(), WorkedTogether(), RelationWord());
        var why = FirstGroup(body, "why", WhyLabel(), Because(), Praise());
        return new ReferralFields(name, email, phone, linkedIn, role, relationship, why, ConsentIn(body));
    }

    /// <summary>The contact details in a message, if any.</summary>
    public static (string? Email, string? Phone, string? LinkedIn) Contact(string text)
    {
        var linkedIn = LinkedIn().Match(text);
        var withoutLinks = linkedIn.Success ? text.Replace(linkedIn.Value, " ", StringComparison.Ordinal) : text;
        var email = Email().Match(withoutLinks);
        var phone = Phone().Match(email.Success ? withoutLinks.Replace(email.Value, " ", StringComparison.Ordinal) : withoutLinks);
        return (email.Success ? email.Value.ToLowerInvariant() : null,
            phone.Success ? phone.Value.Trim() : null,
            linkedIn.Success ? linkedIn.Value.TrimEnd('/') : null);
    }

    /// <summary>Consent stated in passing ("she agreed", "hasn't been asked yet"); null when not mentioned.</summary>
    public static ReferralConsent? ConsentIn(string text) =>
        ConsentNotYet().IsMatch(text) ? ReferralConsent.NotYet
        : ConsentYes().IsMatch(text) ? ReferralConsent.Yes
        : null;

    /// <summary>An answer to "did they agree?": yes / no / not yet, in the usual words.</summary>
    public static ReferralConsent? ConsentAnswer(string text)
    {
        var a = text.Trim().Trim('.', '!').ToLowerInvariant();
        if (AnswerNotYet().IsMatch(a)) return ReferralConsent.NotYet;
        if (AnswerYes().IsMatch(a)) return ReferralConsent.Yes;
        if (AnswerNo().IsMatch(a)) return ReferralConsent.No;
        return ConsentIn(text);
    }

    /// <summary>"email: x", "role: y", "why: …": a field of the pending referral, by name.</summary>
    public static (string Field, string Value)? FieldEdit(string text)
    {
        var m = FieldPattern().Match(text.Trim());
        if (!m.Success) return null;
        var field = m.Groups["field"].Value.ToLowerInvariant() switch
        {
            "contact" or "phone" or "email" or "linkedin" or "e-mail" => "contact",
            "relationship" or "relation" or "how you know them" => "relationship",
            "why" or "reason" => "why",
            "consent" or "agreed" => "consent",
            var f => f,
        };
        return (field, m.Groups["value"].Value.Trim());
    }

    private static bool NotAName(string candidate) =>
        candidate.Trim().ToLowerInvariant() is "someone" or "somebody" or "a friend" or "a colleague" or "my friend" or "them" or "him" or "her";

    private static string? FirstGroup(string text, string group, params Regex[] patterns)
    {
        foreach (var p in patterns)
        {
            var m = p.Match(text);
            if (m.Success && Clean(m.Groups[group].Value) is { Length: > 1 } v) return v;
        }
        return null;
    }

    private static string Clean(string s) => s.Trim().Trim(',', ';', '.', ' ', '-', '–');

    [GeneratedRegex(@"^(?:(?:i(?:'d|’d| would)?\s+(?:like|want|love)\s+to\s+|can\s+i\s+|please\s+|i\s+want\s+to\s+|let\s+me\s+)?refer(?!red)(?:ral(?:\s+for)?|ring)?\b|^new\s+referral\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"^(?:my\s+)?(?<rel>(?:former|ex-?|old|current)\s*(?:colleague|co-?worker|manager|teammate|boss|classmate)|(?:friend|colleague|co-?worker|teammate|classmate|mentee|mentor))\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationPrefix();

    [GeneratedRegex(@"^\s*(?<name>[\p{L}][\p{L}'’.\-]*(?:\s+[\p{L}][\p{L}'’.\-]*){0,3}?)(?=\s+for\b|\s*[,;(]|\s+-\s|\s+who\b|\s+from\b|\s+at\b|\s+because\b|\s+since\b|\s+\(|\s+[\w.+\-]+@|\s*\.?\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex NameHead();

    [GeneratedRegex(@"^\s*for\s+(?:the\s+|our\s+|an?\s+)?(?<role>[^,;()]+?)(?:\s+(?:role|opening|position|job|vacancy))?\s*(?=[,;()]|$|\s+because\b|\s+since\b|\s+who\b|\.\s|\.$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleAfterName();

    [GeneratedRegex(@"\brelationship\s*[:=]\s*(?<rel>[^;\n]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationshipLabel();

    [GeneratedRegex(@"\b(?<rel>(?:we|i)\s+(?:worked|work|studied|went\s+to\s+school|were|was|played|served|met)\b[^,;.\n]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkedTogether();

    [GeneratedRegex(@"\b(?<rel>(?:(?:my|a|an|our)\s+)?(?:former\s+|ex-?\s*|old\s+|current\s+)?(?:colleague|co-?worker|manager|teammate|boss|classmate|friend|mentor|mentee|neighbou?r)\b(?:\s+(?:at|from)\s+[^,;.\n]+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationWord();

    [GeneratedRegex(@"\bwhy\s*[:=]\s*(?<why>[^\n]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhyLabel();

    [GeneratedRegex(@"\b(?:because|since)\s+(?<why>[^;\n]+?)(?=\.\s|\.$|;|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Because();

    [GeneratedRegex(@"\b(?<why>(?:(?:she|he|they)(?:'s|’s|\s+is|\s+are|'re)\s+)?(?:great|excellent|amazing|strong|brilliant|superb|outstanding|really\s+good|very\s+good)\s+(?:at|with|in|on)\s+[^,;.\n]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Praise();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w@])\+?\d[\d\s().\-]{6,}\d(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[A-Za-z0-9_\-%]+/?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkedIn();

    [GeneratedRegex(@"\b(?:(?:has|have)\s+agreed|agreed\b|consented|(?:is|are)\s+(?:happy|ok|okay|fine)\s+(?:to\s+be\s+referred|with\s+(?:it|this|that|being\s+referred))|gave\s+(?:me\s+)?(?:permission|consent)|with\s+(?:his|her|their)\s+(?:consent|permission|ok|okay))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentYes();

    [GeneratedRegex(@"\b(?:(?:hasn'?t|has\s+not|haven'?t|have\s+not|not)\s+(?:yet\s+)?(?:agreed|consented|been\s+asked|asked)|doesn'?t\s+know\s+yet|not\s+asked\s+yet)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentNotYet();

    [GeneratedRegex(@"^(?:y|yes|yep|yeah|yup|sure|agreed|they\s+agreed|(?:she|he)\s+agreed|yes,?\s+(?:she|he|they)\s+(?:did|agreed)|of\s+course|👍)$", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerYes();

    [GeneratedRegex(@"^(?:n|no|nope|(?:she|he|they)\s+didn'?t|declined|refused|no,?\s+(?:she|he|they)\s+didn'?t)$", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerNo();

    [GeneratedRegex(@"^(?:not\s+yet|don'?t\s+know|do\s+not\s+know|not\s+sure|unsure|dunno|unknown|later|haven'?t\s+asked(?:\s+yet)?|i\s+haven'?t\s+asked(?:\s+yet)?|no\s+idea|maybe|will\s+ask)$", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerNotYet();

    [GeneratedRegex(@"^(?<field>name|contact|e-?mail|phone|linkedin|role|relationship|relation|why|reason|consent)\s*[:=]\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();
}
