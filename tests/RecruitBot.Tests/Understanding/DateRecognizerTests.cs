using RecruitBot.Understanding;

namespace RecruitBot.Tests.Understanding;

public class DateRecognizerTests
{
    private static readonly DateTime Tuesday = new(2025, 11, 18, 9, 0, 0);
    private readonly DateRecognizer _recognizer = new();

    private DateEntity Single(string text, DateTime? reference = null)
    {
        var found = _recognizer.Recognize(text, reference ?? Tuesday);
        Assert.Single(found);
        return found[0];
    }

    [Theory]
    [InlineData("check back in 3 months", "in 3 months", "2026-02-18")]
    [InlineData("in 6 months", "in 6 months", "2026-05-18")]
    [InlineData("ping in a year", "in a year", "2026-11-18")]
    [InlineData("in 2 weeks please", "in 2 weeks", "2025-12-02")]
    [InlineData("3 months from now", "3 months from now", "2026-02-18")]
    [InlineData("in a couple of weeks", "in a couple of weeks", "2025-12-02")]
    [InlineData("in a few months", "in a few months", "2026-02-18")]
    [InlineData("next Tuesday", "next tuesday", "2025-11-25")]
    [InlineData("tmrw", "tmrw", "2025-11-19")]
    [InlineData("tomorrow", "tomorrow", "2025-11-19")]
    [InlineData("revisit on 03/04/2027", "03/04/2027", "2027-03-04")]
    [InlineData("revisit on 15/03/2027", "15/03/2027", "2027-03-15")]
    public void Recognize_SingleDateForm_ResolvesOneDate(string input, string text, string value)
    {
        var e = Single(input);
        Assert.Equal(("date", text), (e.Type, e.Text));
        Assert.Equal(value, Assert.Single(e.Values).Value);
        Assert.Equal(input.ToLowerInvariant().IndexOf(text, StringComparison.Ordinal), e.Start);
        Assert.Equal(e.Start + text.Length - 1, e.End);
    }

    [Fact]
    public void Recognize_InThreeMonthsFromMonthEnd_ClampsToCalendarMonth()
    {
        var e = Single("in 3 months", new DateTime(2025, 11, 30));
        Assert.Equal("2026-02-28", e.Values[0].Value);
    }

    [Theory]
    [InlineData("next week", "2025-W48", "2025-11-24", "2025-12-01", null)]
    [InlineData("next month", "2025-12", "2025-12-01", "2026-01-01", null)]
    [InlineData("end of the quarter", "(2025-10-01,2026-01-01,P3M)", "2025-12-01", "2026-01-01", "end")]
    [InlineData("EOM", "2025-11", "2025-11-16", "2025-12-01", "end")]
    [InlineData("end of year", "2025", "2025-07-01", "2026-01-01", "end")]
    [InlineData("in 4-6 weeks", "(2025-12-16,2025-12-30,P14D)", "2025-12-16", "2025-12-30", null)]
    public void Recognize_PeriodForm_ResolvesRangeWithExclusiveEnd(string input, string timex, string start, string end, string? mod)
    {
        var e = Single(input);
        Assert.Equal("daterange", e.Type);
        Assert.Equal(new DateResolution("daterange", timex, null, start, end, mod), Assert.Single(e.Values));
    }

    [Fact]
    public void Recognize_YearlessForms_GivePastAndFutureValues()
    {
        var march = Single("March 15");
        Assert.Equal(["2025-03-15", "2026-03-15"], march.Values.Select(v => v.Value));
        var q3 = Single("ping her in Q3");
        Assert.Equal(("q3", 12), (q3.Text, q3.Start));
        Assert.Equal(["2025-07-01", "2026-07-01"], q3.Values.Select(v => v.Start));
        var january = Single("early January");
        Assert.All(january.Values, v => Assert.Equal("start", v.Mod));
        Assert.Equal(["2025-01-16", "2026-01-16"], january.Values.Select(v => v.End));
    }

    [Fact]
    public void Recognize_NextSpring_IsUnresolvedSeasonWithTimex()
    {
        var e = Single("revisit next spring");
        Assert.Equal(new DateResolution("daterange", "2026-SP", "not resolved"), Assert.Single(e.Values));
    }

    [Fact]
    public void Recognize_ForThreeMonths_IsDurationWithoutFor()
    {
        var e = Single("paused for 3 months");
        Assert.Equal(("duration", "3 months"), (e.Type, e.Text));
        Assert.Equal(new DateResolution("duration", "P3M", "7776000"), e.Values[0]);
    }

    [Theory]
    [InlineData("April Chen rejected")]
    [InlineData("May Robinson hired for QA Lead")]
    [InlineData("june was rejected, no follow up")]
    [InlineData("Interviewed April yesterday", "yesterday")]
    [InlineData("hired may robinson 🎉")]
    [InlineData("she may come back later")]
    [InlineData("rated her 4/5 on coding")]
    public void Recognize_MonthNamedPeopleAndScores_AreNotDates(string input, string? onlyDate = null)
    {
        var found = _recognizer.Recognize(input, Tuesday);
        Assert.Equal(onlyDate is null ? [] : new[] { onlyDate }, found.Select(f => f.Text));
    }

    [Fact]
    public void Recognize_MonthAfterPreposition_IsDate()
    {
        var e = Single("check back with April in May");
        Assert.Equal(("may", 25), (e.Text, e.Start));
    }

    [Fact]
    public void Recognize_AfterEmoji_CountsUtf16CodeUnits()
    {
        const string input = "🎉🎉 hired, ❌ then 👍 check back in 3 months";
        var e = Single(input);
        Assert.Equal(input.IndexOf("in 3 months", StringComparison.Ordinal), e.Start);
        Assert.Equal("in 3 months", input.Substring(e.Start, e.End - e.Start + 1));
    }

    [Fact]
    public void Recognize_NextTuesdayOnTuesday_IsTuesdayOfNextWeek()
    {
        Assert.Equal("2025-11-25", Single("next Tuesday").Values[0].Value);
        Assert.Equal("2025-11-21", Single("this Friday").Values[0].Value);
    }

    [Fact]
    public void Recognize_TextWithoutDates_ReturnsEmpty()
    {
        Assert.Empty(_recognizer.Recognize("Tom Lee rejected - weak on testing", Tuesday));
        Assert.Empty(_recognizer.Recognize("", Tuesday));
    }
}
