namespace RecruitBot.Nudges;

/// <summary>
/// Pure scheduling rules, in the recipient's time zone: the next day a card may go out and the instant it is sent.
/// A slot already passed today is caught up at once (a restart at 10:00 still nudges today) unless that would land
/// in quiet hours; then the next eligible day is used. Nothing is ever scheduled inside quiet hours.
/// </summary>
public static class NudgeSchedule
{
    private const int SearchDays = 31;

    /// <summary>The daily nudge: working days that are not holidays.</summary>
    public static SendSlot? NextWorkingDay(DateTimeOffset now, TimeZoneInfo zone, TimeOnly at, QuietHours quiet,
        IReadOnlySet<DayOfWeek> workDays, IReadOnlySet<DateOnly> holidays) =>
        Next(now, zone, at, quiet, d => IsWorkingDay(d, workDays, holidays));

    /// <summary>The weekly digest: the chosen weekday, rolled forward past holidays (not past weekends: the team chose the day).</summary>
    public static SendSlot? NextWeekly(DateTimeOffset now, TimeZoneInfo zone, DayOfWeek day, TimeOnly at, QuietHours quiet,
        IReadOnlySet<DateOnly> holidays)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var anchor = today.AddDays(-(((int)today.DayOfWeek - (int)day + 7) % 7));
        var sendDays = new HashSet<DateOnly>();
        for (var a = anchor; a <= today.AddDays(SearchDays); a = a.AddDays(7))
        {
            var d = a;
            while (holidays.Contains(d)) d = d.AddDays(1);
            sendDays.Add(d);
        }
        return Next(now, zone, at, quiet, sendDays.Contains);
    }

    public static bool IsWorkingDay(DateOnly d, IReadOnlySet<DayOfWeek> workDays, IReadOnlySet<DateOnly> holidays) =>
        workDays.Contains(d.DayOfWeek) && !holidays.Contains(d);

    public static SendSlot? Next(DateTimeOffset now, TimeZoneInfo zone, TimeOnly at, QuietHours quiet, Func<DateOnly, bool> isSendDay)
    {
        var localNow = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var today = DateOnly.FromDateTime(localNow);
        // A time inside quiet hours is moved to when they end, on the same day.
        var time = quiet.Contains(at) ? quiet.End : at;
        for (var d = today; d <= today.AddDays(SearchDays); d = d.AddDays(1))
        {
            if (!isSendDay(d)) continue;
            var local = d.ToDateTime(time);
            if (local >= localNow) return new SendSlot(d, ToUtc(local, zone));
            if (d == today && !quiet.Contains(TimeOnly.FromDateTime(localNow))) return new SendSlot(d, now.UtcDateTime);
        }
        return null;
    }

    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A send time inside a spring-forward gap does not exist on that day; the first valid minute after it does.
        while (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }
}
