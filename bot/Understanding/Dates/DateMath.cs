using System.Globalization;

namespace RecruitBot.Understanding.Dates;

/// <summary>
/// Calendar arithmetic and datetimeV2 value builders shared by the date rules.
/// Weeks start on Monday and quarters are calendar quarters, as the scoring conventions require.
/// </summary>
internal static class DateMath
{
    public static string Ymd(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>Monday = 0 ... Sunday = 6.</summary>
    public static int MondayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    public static string IsoWeekTimex(DateOnly monday)
    {
        var dt = monday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    public static DateOnly QuarterStart(int year, int quarter) => new(year, (quarter - 1) * 3 + 1, 1);

    public static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;

    public static string RangeTimex(DateOnly start, DateOnly end, string period) =>
        $"({Ymd(start)},{Ymd(end)},{period})";

    public static DateResolution Date(DateOnly d, string? timex = null) =>
        new("date", Timex: timex ?? Ymd(d), Value: Ymd(d));

    public static DateResolution Range(string timex, DateOnly start, DateOnly end, string? mod = null) =>
        new("daterange", Timex: timex, Start: Ymd(start), End: Ymd(end), Mod: mod);

    public static DateResolution Duration(string timex, long seconds) =>
        new("duration", Timex: timex, Value: seconds.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds calendar units, clamping to month end (Jan 31 + 1 month = Feb 28).</summary>
    public static DateOnly Add(DateOnly d, DateUnit unit, int n) => unit switch
    {
        DateUnit.Day => d.AddDays(n),
        DateUnit.Week => d.AddDays(7 * n),
        DateUnit.Month => d.AddMonths(n),
        _ => d.AddYears(n),
    };

    public static long Seconds(DateUnit unit, int n) => unit switch
    {
        DateUnit.Day => 86_400L * n,
        DateUnit.Week => 604_800L * n,
        DateUnit.Month => 2_592_000L * n,
        _ => 31_536_000L * n,
    };

    public static char TimexLetter(DateUnit unit) => unit switch
    {
        DateUnit.Day => 'D',
        DateUnit.Week => 'W',
        DateUnit.Month => 'M',
        _ => 'Y',
    };

    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// The past and the future occurrence of a month/day when the year is unstated, as datetimeV2 gives both.
    /// </summary>
    public static (DateOnly Past, DateOnly Future)? PastAndFuture(DateOnly reference, int month, int day)
    {
        // Feb 29 only exists in leap years; search outward for the nearest valid ones.
        DateOnly? past = null, future = null;
        for (var y = reference.Year; y >= reference.Year - 8 && past is null; y--)
        {
            if (TryDate(y, month, day, out var d) && d < reference) past = d;
        }
        for (var y = reference.Year; y <= reference.Year + 8 && future is null; y++)
        {
            if (TryDate(y, month, day, out var d) && d >= reference) future = d;
        }
        return past is { } p && future is { } f ? (p, f) : null;
    }
}
