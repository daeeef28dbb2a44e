namespace RecruitBot.Understanding.Dates;

/// <summary>The words date rules are built from: quantities, units, months, weekdays.</summary>
internal static class Lexicon
{
    /// <summary>A quantity before a unit: digits, number words, "a couple of", "a few".</summary>
    public const string Quantity =
        @"(?<q>[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|several|an?)";

    public const string Unit =
        @"(?<u>days?|d|weeks?|wks?|w|months?|mos?|mths?|mnths?|years?|yrs?|y)";

    public const string MonthName =
        @"(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?";

    public const string Weekday =
        @"(?<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|thurs|thur|thu|fri)";

    public static int? ParseQuantity(string raw)
    {
        var s = raw.Trim().ToLowerInvariant();
        if (s.Length > 0 && char.IsAsciiDigit(s[0]))
        {
            return int.TryParse(s, out var n) ? n : null;
        }
        if (s.Contains("couple", StringComparison.Ordinal)) return 2;
        if (s.Contains("few", StringComparison.Ordinal)) return 3;
        return s switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "several" => 3,
            _ => null,
        };
    }

    public static bool IsSingularArticle(string raw) => raw.Trim().ToLowerInvariant() is "a" or "an";

    public static DateUnit? ParseUnit(string raw)
    {
        var s = raw.ToLowerInvariant();
        if (s.StartsWith('d')) return DateUnit.Day;
        if (s.StartsWith('w')) return DateUnit.Week;
        if (s.StartsWith('m')) return DateUnit.Month;
        if (s.StartsWith('y')) return DateUnit.Year;
        return null;
    }

    public static int ParseMonth(string raw)
    {
        var s = raw.TrimEnd('.').ToLowerInvariant();
        return s[..3] switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            _ => 12,
        };
    }

    /// <summary>Month words that are also common first names or verbs; they need date context.</summary>
    public static bool IsAmbiguousMonth(string raw)
    {
        var s = raw.TrimEnd('.').ToLowerInvariant();
        return s is "april" or "may" or "june" or "august" or "march" or "jan" or "mar" or "apr" or "jun" or "jul"
            or "aug" or "sep" or "dec";
    }

    public static DayOfWeek ParseWeekday(string raw) => raw.ToLowerInvariant()[..2] switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };
}
