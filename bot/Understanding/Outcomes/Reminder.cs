using System.Globalization;
using System.Text.RegularExpressions;

namespace RecruitBot.Understanding.Outcomes;

/// <summary>
/// Reduces a date entity to the one day a reminder is scheduled on, with the nl-eval rules: a range gives
/// its start, a duration counts from the reference in calendar units, an unresolved season or month falls
/// back to its timex, and of several values the earliest on or after the reference wins.
/// </summary>
internal static partial class Reminder
{
    [GeneratedRegex(@"^P(?<n>[0-9]+)(?<u>[YMWD])$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleDuration();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?:(?<s>SP|SU|FA|WI)|(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?|W(?<w>[0-9]{2})))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimexDate();

    public static DateOnly? DateOf(DateEntity entity, DateOnly reference)
    {
        var dates = new List<DateOnly>();
        foreach (var v in entity.Values)
        {
            var d = FromValue(v, entity.Type, reference) ?? FromTimex(v.Timex);
            if (d is { } x) dates.Add(x);
        }
        if (dates.Count == 0) return null;
        dates.Sort();
        foreach (var d in dates)
        {
            if (d >= reference) return d;
        }
        return dates[^1];
    }

    private static DateOnly? FromValue(DateResolution v, string entityType, DateOnly reference)
    {
        var type = string.IsNullOrEmpty(v.Type) ? entityType : v.Type;
        switch (type)
        {
            case "duration":
                var m = SimpleDuration().Match(v.Timex ?? "");
                if (m.Success && int.TryParse(m.Groups["n"].ValueSpan, out var n) && n < 10_000)
                {
                    return m.Groups["u"].Value switch
                    {
                        "Y" => reference.AddYears(n),
                        "M" => reference.AddMonths(n),
                        "W" => reference.AddDays(7 * n),
                        _ => reference.AddDays(n),
                    };
                }
                return long.TryParse(v.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var secs) && secs is >= 0 and < 3_000_000_000
                    ? reference.AddDays((int)(secs / 86_400)) : null;
            case "date" or "datetime":
                return Parse(v.Value);
            case "daterange" or "datetimerange":
                if (Parse(v.Start) is { } s) return s;
                return Parse(v.End) is { } e ? (v.Mod == "before-end" ? e.AddDays(-1) : e) : null;
            default:
                return null;
        }
    }

    private static DateOnly? Parse(string? ymd) =>
        ymd is { Length: >= 10 } && DateOnly.TryParseExact(ymd[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateOnly? FromTimex(string? timex)
    {
        var m = TimexDate().Match(timex ?? "");
        if (!m.Success) return null;
        var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        if (y < 1) return null;
        if (m.Groups["s"].Success)
        {
            return new DateOnly(y, m.Groups["s"].Value switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 }, 1);
        }
        if (m.Groups["w"].Success)
        {
            var w = int.Parse(m.Groups["w"].ValueSpan, CultureInfo.InvariantCulture);
            return w is >= 1 and <= 53 ? DateOnly.FromDateTime(ISOWeek.ToDateTime(y, Math.Min(w, ISOWeek.GetWeeksInYear(y)), DayOfWeek.Monday)) : null;
        }
        var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 1;
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture) : 1;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
    }
}
