using System.Text.RegularExpressions;

namespace RecruitBot.Understanding.Dates;

/// <summary>Expressions relative to the message's timestamp: "in 3 months", "next week", "tmrw", "Friday".</summary>
internal static partial class RelativeRules
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string QtyUnit =
        @"(?:(?<q>[0-9]{1,3})\s*|(?<q>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|several|an?)\s+)"
        + @"(?<u>days?|weeks?|wks?|months?|mos?|mths?|mnths?|years?|yrs?)\b";

    // "in" may be followed by filler ("in about 3 months"); the span still starts at "in".
    [GeneratedRegex(@"\bin\s+(?:(?:about|around|roughly|approx\.?|~)\s*)?" + QtyUnit, Opts)]
    private static partial Regex InUnits();

    [GeneratedRegex(@"\b" + QtyUnit + @"\s+(?:from\s+(?:now|today)|out|later)\b", Opts)]
    private static partial Regex UnitsFromNow();

    [GeneratedRegex(@"(?:\bin\s+)?\b(?<a>[0-9]{1,2})\s*(?:-|–|to)\s*(?<b>[0-9]{1,2})\s*(?<u>days?|weeks?|wks?|months?|mos?|mths?)\b", Opts)]
    private static partial Regex UnitRange();

    [GeneratedRegex(@"\b" + QtyUnit, Opts)]
    private static partial Regex BareDuration();

    [GeneratedRegex(@"\b(?<rel>next|this|last|coming|previous|past)\s+(?<p>week|month|year|quarter)\b", Opts)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?:(?<rel>next|this|last|coming)\s+)?" + Lexicon.Weekday + @"\b", Opts)]
    private static partial Regex WeekdayRule();

    [GeneratedRegex(@"\b(?:(?<dat>the\s+day\s+after\s+(?:tomorrow|tmrw))|(?<tom>tomorrow|tomorow|tommorow|tommorrow|tmrw|tmrow|tmw|tmr|2moro)|(?<tod>today|tdy)|(?<yes>yesterday|yday))\b", Opts)]
    private static partial Regex NamedDay();

    public static void Scan(string text, DateOnly r, List<DateEntity> sink)
    {
        foreach (Match m in InUnits().Matches(text)) AddFutureDate(m, r, sink);
        foreach (Match m in UnitsFromNow().Matches(text)) AddFutureDate(m, r, sink);
        foreach (Match m in UnitRange().Matches(text)) AddUnitRange(m, r, sink);
        foreach (Match m in BareDuration().Matches(text)) AddDuration(text, m, sink);
        foreach (Match m in RelativePeriod().Matches(text)) AddRelativePeriod(m, r, sink);
        foreach (Match m in WeekdayRule().Matches(text)) AddWeekday(m, r, sink);
        foreach (Match m in NamedDay().Matches(text)) AddNamedDay(m, r, sink);
    }

    private static bool TryQuantity(Match m, out int n, out DateUnit unit)
    {
        n = 0;
        unit = DateUnit.Day;
        if (Lexicon.ParseQuantity(m.Groups["q"].Value) is not { } q || Lexicon.ParseUnit(m.Groups["u"].Value) is not { } u
            || q <= 0 || q > 500)
        {
            return false;
        }
        // "an years" is not English; a plural unit after "a" means the article belongs elsewhere.
        if (Lexicon.IsSingularArticle(m.Groups["q"].Value) && m.Groups["u"].Value.EndsWith('s')
            && !m.Groups["u"].Value.Equals("mos", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        (n, unit) = (q, u);
        return true;
    }

    private static void AddFutureDate(Match m, DateOnly r, List<DateEntity> sink)
    {
        if (!TryQuantity(m, out var n, out var unit)) return;
        var d = DateMath.Add(r, unit, n);
        sink.Add(Entity.Of(m, "date", DateMath.Date(d)));
    }

    private static void AddUnitRange(Match m, DateOnly r, List<DateEntity> sink)
    {
        if (!int.TryParse(m.Groups["a"].ValueSpan, out var a) || !int.TryParse(m.Groups["b"].ValueSpan, out var b)
            || a <= 0 || b <= a || Lexicon.ParseUnit(m.Groups["u"].Value) is not { } unit)
        {
            return;
        }
        var start = DateMath.Add(r, unit, a);
        var end = DateMath.Add(r, unit, b);
        var span = end.DayNumber - start.DayNumber;
        var timex = DateMath.RangeTimex(start, end, $"P{span}D");
        sink.Add(Entity.Of(m, "daterange", DateMath.Range(timex, start, end)));
    }

    private static void AddDuration(string text, Match m, List<DateEntity> sink)
    {
        if (!TryQuantity(m, out var n, out var unit)) return;
        // A bare article ("a week") is only a duration after "for"/"within"; elsewhere it is too often idiom.
        if (Lexicon.IsSingularArticle(m.Groups["q"].Value) && !Entity.PrecededBy(text, m.Index, "for", "within", "over"))
        {
            return;
        }
        var timex = $"P{n}{DateMath.TimexLetter(unit)}";
        sink.Add(Entity.Of(m, "duration", DateMath.Duration(timex, DateMath.Seconds(unit, n))));
    }

    private static void AddRelativePeriod(Match m, DateOnly r, List<DateEntity> sink)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var shift = rel switch { "next" or "coming" => 1, "last" or "previous" or "past" => -1, _ => 0 };
        switch (m.Groups["p"].Value.ToLowerInvariant())
        {
            case "week":
                var mon = DateMath.MondayOf(r).AddDays(7 * shift);
                sink.Add(Entity.Of(m, "daterange", DateMath.Range(DateMath.IsoWeekTimex(mon), mon, mon.AddDays(7))));
                break;
            case "month":
                var first = new DateOnly(r.Year, r.Month, 1).AddMonths(shift);
                sink.Add(Entity.Of(m, "daterange", DateMath.Range($"{first:yyyy-MM}", first, first.AddMonths(1))));
                break;
            case "quarter":
                var qs = DateMath.QuarterStart(r.Year, DateMath.QuarterOf(r)).AddMonths(3 * shift);
                var qe = qs.AddMonths(3);
                sink.Add(Entity.Of(m, "daterange", DateMath.Range(DateMath.RangeTimex(qs, qe, "P3M"), qs, qe)));
                break;
            default:
                var y = new DateOnly(r.Year + shift, 1, 1);
                sink.Add(Entity.Of(m, "daterange", DateMath.Range($"{y:yyyy}", y, y.AddYears(1))));
                break;
        }
    }

    private static void AddWeekday(Match m, DateOnly r, List<DateEntity> sink)
    {
        var day = Lexicon.ParseWeekday(m.Groups["w"].Value);
        var target = DateMath.MondayIndex(day);
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var monday = DateMath.MondayOf(r);
        if (rel.Length > 0)
        {
            var shift = rel switch { "next" => 7, "last" => -7, _ => 0 };
            sink.Add(Entity.Of(m, "date", DateMath.Date(monday.AddDays(shift + target))));
            return;
        }
        var today = DateMath.MondayIndex(r.DayOfWeek);
        var back = (today - target + 7) % 7;
        var forward = (target - today + 7) % 7;
        var past = r.AddDays(-(back == 0 ? 7 : back));
        var future = r.AddDays(forward == 0 ? 7 : forward);
        var timex = $"XXXX-WXX-{target + 1}";
        sink.Add(Entity.Of(m, "date", DateMath.Date(past, timex), DateMath.Date(future, timex)));
    }

    private static void AddNamedDay(Match m, DateOnly r, List<DateEntity> sink)
    {
        var offset = m.Groups["dat"].Success ? 2 : m.Groups["tom"].Success ? 1 : m.Groups["yes"].Success ? -1 : 0;
        sink.Add(Entity.Of(m, "date", DateMath.Date(r.AddDays(offset))));
    }
}
