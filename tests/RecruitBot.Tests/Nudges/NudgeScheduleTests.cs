using RecruitBot.Nudges;

namespace RecruitBot.Tests.Nudges;

public sealed class NudgeScheduleTests
{
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly QuietHours Quiet = new(new TimeOnly(20, 0), new TimeOnly(8, 0));
    private static readonly HashSet<DayOfWeek> Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    private static DateTimeOffset Utc(string s) => DateTimeOffset.Parse(s + "Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void NextWorkingDay_TwoZones_EachGetsTheirOwnNineOClock()
    {
        var now = Utc("2025-11-18T06:00:00"); // Tuesday; London is on GMT, Los Angeles on PST (UTC-8)

        var london = NudgeSchedule.NextWorkingDay(now, London, Nine, Quiet, Weekdays, new HashSet<DateOnly>())!.Value;
        var la = NudgeSchedule.NextWorkingDay(now, LosAngeles, Nine, Quiet, Weekdays, new HashSet<DateOnly>())!.Value;

        Assert.Equal(new DateOnly(2025, 11, 18), london.LocalDate);
        Assert.Equal(new DateTime(2025, 11, 18, 9, 0, 0), london.SendAtUtc);
        Assert.Equal(new DateOnly(2025, 11, 18), la.LocalDate); // 22:00 Monday there: quiet hours, so Tuesday
        Assert.Equal(new DateTime(2025, 11, 18, 17, 0, 0), la.SendAtUtc);
    }

    [Fact]
    public void NextWorkingDay_SummerTime_UsesTheZonesOffsetThatDay()
    {
        var slot = NudgeSchedule.NextWorkingDay(Utc("2025-06-10T05:00:00"), London, Nine, Quiet, Weekdays, new HashSet<DateOnly>())!.Value;

        Assert.Equal(new DateTime(2025, 6, 10, 8, 0, 0), slot.SendAtUtc); // 09:00 BST
    }

    [Fact]
    public void NextWorkingDay_Saturday_RollsToMonday()
    {
        var slot = NudgeSchedule.NextWorkingDay(Utc("2025-11-22T09:00:00"), London, Nine, Quiet, Weekdays, new HashSet<DateOnly>())!.Value;

        Assert.Equal(new DateOnly(2025, 11, 24), slot.LocalDate);
        Assert.Equal(DayOfWeek.Monday, slot.LocalDate.DayOfWeek);
    }

    [Fact]
    public void NextWorkingDay_Holiday_RollsToNextWorkingDay()
    {
        var holidays = new HashSet<DateOnly> { new(2025, 12, 25), new(2025, 12, 26) };

        var slot = NudgeSchedule.NextWorkingDay(Utc("2025-12-25T07:00:00"), London, Nine, Quiet, Weekdays, holidays)!.Value;

        Assert.Equal(new DateOnly(2025, 12, 29), slot.LocalDate); // Thu and Fri are holidays, then the weekend
    }

    [Fact]
    public void NextWorkingDay_MissedSlotInsideQuietHours_WaitsForNextDay()
    {
        var slot = NudgeSchedule.NextWorkingDay(Utc("2025-11-18T21:00:00"), London, Nine, Quiet, Weekdays, new HashSet<DateOnly>())!.Value;

        Assert.Equal(new DateOnly(2025, 11, 19), slot.LocalDate);
        Assert.Equal(new DateTime(2025, 11, 19, 9, 0, 0), slot.SendAtUtc);
    }

    [Fact]
    public void NextWorkingDay_MissedSlotDuringTheDay_CatchesUpNow()
    {
        var now = Utc("2025-11-18T14:00:00");

        var slot = NudgeSchedule.NextWorkingDay(now, London, Nine, Quiet, Weekdays, new HashSet<DateOnly>())!.Value;

        Assert.Equal(new DateOnly(2025, 11, 18), slot.LocalDate);
        Assert.Equal(now.UtcDateTime, slot.SendAtUtc);
    }

    [Fact]
    public void Next_SendTimeInsideQuietHours_MovesToQuietEnd()
    {
        var slot = NudgeSchedule.NextWorkingDay(Utc("2025-11-18T01:00:00"), London, new TimeOnly(7, 0), Quiet, Weekdays, new HashSet<DateOnly>())!.Value;

        Assert.Equal(new DateTime(2025, 11, 18, 8, 0, 0), slot.SendAtUtc);
        Assert.False(Quiet.Contains(TimeOnly.FromDateTime(slot.SendAtUtc)));
    }

    [Fact]
    public void NextWeekly_MondayNine_InTheTeamsZone()
    {
        var slot = NudgeSchedule.NextWeekly(Utc("2025-11-19T12:00:00"), LosAngeles, DayOfWeek.Monday, Nine, Quiet, new HashSet<DateOnly>())!.Value;

        Assert.Equal(new DateOnly(2025, 11, 24), slot.LocalDate);
        Assert.Equal(new DateTime(2025, 11, 24, 17, 0, 0), slot.SendAtUtc);
    }

    [Fact]
    public void NextWeekly_HolidayMonday_RollsToTuesday()
    {
        var slot = NudgeSchedule.NextWeekly(Utc("2025-11-21T12:00:00"), London, DayOfWeek.Monday, Nine, Quiet, new HashSet<DateOnly> { new(2025, 11, 24) })!.Value;

        Assert.Equal(new DateOnly(2025, 11, 25), slot.LocalDate);
    }
}
