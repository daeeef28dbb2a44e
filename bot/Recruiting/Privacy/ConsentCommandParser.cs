using System.Globalization;
using System.Text.RegularExpressions;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// Reads the consent, source and retention commands. Whole-message patterns only, so an outcome message that happens
/// to contain "applied" or "consent" is never taken for a command. Pure; null for anything else.
/// </summary>
public static partial class ConsentCommandParser
{
    public static ConsentCommand? Parse(string text)
    {
        var t = text.Trim().TrimEnd('.', '!');
        Match m;
        if ((m = SetRetention().Match(t)).Success)
            return int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var months) ? new ConsentCommand.SetRetention(months) : null;
        if (ShowRetention().IsMatch(t)) return new ConsentCommand.ShowRetention();
        if ((m = Refuse().Match(t)).Success || (m = RefuseBefore().Match(t)).Success) return new ConsentCommand.Refuse(Name(m));
        if ((m = GiveBefore().Match(t)).Success || (m = Agreed().Match(t)).Success)
            return new ConsentCommand.Give(Name(m), m.Groups["until"].Success ? m.Groups["until"].Value.Trim() : null);
        if ((m = Sourced().Match(t)).Success) return new ConsentCommand.SetSource(Name(m), CandidateSource.Sourced);
        if ((m = SourceIs().Match(t)).Success || (m = NameThenSource().Match(t)).Success)
            return Source(m.Groups["source"].Value) is { } s ? new ConsentCommand.SetSource(Name(m), s) : null;
        return null;
    }

    private static string Name(Match m) => m.Groups["name"].Value.Trim();

    private static CandidateSource? Source(string word) => word.ToLowerInvariant() switch
    {
        "applied" or "has applied" or "applied directly" or "was an applicant" => CandidateSource.Applied,
        "referred" or "was referred" => CandidateSource.Referred,
        "sourced" or "was sourced" => CandidateSource.Sourced,
        _ => null,
    };

    // A person's name: letters, apostrophes, dots and hyphens, one to five words.
    private const string N = @"(?<name>\p{L}[\p{L}'’.\-]*(?:\s+\p{L}[\p{L}'’.\-]*){0,4}?)";

    [GeneratedRegex(@"^(?:set\s+)?retention(?:\s+(?:to|=|:))?\s+(?<n>\d{1,4})\s*months?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetRetention();

    [GeneratedRegex(@"^(?:show\s+(?:the\s+)?retention|retention|what\s+is\s+(?:the\s+|our\s+)?retention)\??$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShowRetention();

    [GeneratedRegex(@"^" + N + @"\s+(?:declined|refused|doesn't want|does not want|did not agree|didn't agree)\s+(?:to\s+stay\s+in\s+|to\s+be\s+kept\s+in\s+)?the\s+(?:talent\s+)?pool$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refuse();

    [GeneratedRegex(@"^(?:no\s+consent(?:\s+for)?|consent\s+refused(?:\s+by)?|withdraw\s+consent(?:\s+for)?)\s+" + N + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefuseBefore();

    [GeneratedRegex(@"^(?:consent\s+given(?:\s+by)?|renew\s+consent(?:\s+for)?|consent)\s+" + N + @"(?:\s+(?:until|till|to|for)\s+(?<until>[^\n]{2,40}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GiveBefore();

    [GeneratedRegex(@"^" + N + @"\s+(?:agreed|consented|is happy|wants)\s+to\s+(?:stay|be\s+kept)\s+in\s+(?:the\s+|our\s+)?(?:talent\s+)?pool(?:\s+(?:until|till|for)\s+(?<until>[^\n]{2,40}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agreed();

    [GeneratedRegex(@"^(?:i\s+|we\s+)?sourced\s+" + N + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sourced();

    [GeneratedRegex(@"^source\s+(?:of\s+)?" + N + @"\s*(?::|is|=)\s*(?<source>applied|referred|sourced)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceIs();

    [GeneratedRegex(@"^" + N + @"\s+(?<source>applied|has applied|applied directly|was an applicant|was referred|was sourced)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameThenSource();
}
