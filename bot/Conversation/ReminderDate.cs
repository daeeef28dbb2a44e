using System.Globalization;
using RecruitBot.Understanding;

namespace RecruitBot.Conversation;

/// <summary>
/// Reduces a recognised date, range or duration to the one day a reminder should fire, with the nl-eval rules:
/// a range starts the reminder at its start, a duration counts calendar units from today, and of several readings
/// the earliest one not in the past wins.
/// </summary>
public static class ReminderDate
{
    public static DateOnly? From(DateEntity entity, DateOnly today)
    {
        var dates = entity.Values.Select(v => One(v, today)).Where(d => d is not null).Select(d => d!.Value).ToList();
        if (dates.Count == 0) return null;
        var future = dates.Where(d => d >= today).OrderBy(d => d).ToList();
        return future.Count > 0 ? future[0] : dates.Max();
    }

    private static DateOnly? One(DateResolution v, DateOnly today) => v.Type switch
    {
        "date" or "datetime" => Parse(v.Value),
        "daterange" or "datetimerange" => Parse(v.Start) ?? (Parse(v.End) is { } end && v.Mod == "before-end" ? end.AddDays(-1) : Parse(v.End)),
        "duration" => Duration(v.Timex, today),
        _ => null,
    };

    private static DateOnly? Duration(string? timex, DateOnly today)
    {
        if (timex is null || timex.Length < 3 || timex[0] != 'P') return null;
        if (!int.TryParse(timex.AsSpan(1, timex.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        return timex[^1] switch
        {
            'Y' => today.AddYears(n),
            'M' => today.AddMonths(n),
            'W' => today.AddDays(7 * n),
            'D' => today.AddDays(n),
            _ => null,
        };
    }

    private static DateOnly? Parse(string? s) =>
        s is not null && DateOnly.TryParseExact(s.Length >= 10 ? s[..10] : s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
