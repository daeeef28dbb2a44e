using System.Text.RegularExpressions;

namespace RecruitBot.Understanding.Dates;

/// <summary>Calendar expressions: "March 15", "early January", "03/04/2027", "Q3", "next spring".</summary>
internal static partial class CalendarRules
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\b(?<rel>next|this|last)?\s*(?<mod>early|mid|late|beginning\s+of|start\s+of|end\s+of)?[\s-]*\b" + Lexicon.MonthName
        + @"(?:\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(?<y>(?:19|20)[0-9]{2})\b)?", Opts)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?:the\s+)?(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Lexicon.MonthName + @"(?:,?\s+(?<y>(?:19|20)[0-9]{2})\b)?", Opts)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<![0-9/.\-])(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})(?:/(?<y>[0-9]{4}|[0-9]{2}))?(?![0-9/])", Opts)]
    private static partial Regex Slashed();

    [GeneratedRegex(@"(?<![0-9\-])(?<y>(?:19|20)[0-9]{2})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})(?![0-9])", Opts)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:(?<rel>next|this|last)\s+)?q(?<q>[1-4])(?:\s*(?:'|20)?(?<y>[0-9]{2}))?\b", Opts)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:(?<rel>next|this|last|coming)\s+|(?<the>the\s+))?(?<s>spring|summer|fall|autumn|winter)(?:\s+(?<y>20[0-9]{2}))?\b", Opts)]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?<mod>end|beginning|start)\s+of\s+(?:the\s+|this\s+|(?<next>next)\s+)?(?<p>month|quarter|year|week)|(?<mod>early|mid|late)\s+(?:(?<next>next)|this)\s+(?<p>month|year|week|quarter)|(?<abbr>eom|eoq|eoy|eow)|(?<p>year|month|quarter)[- ](?<mod>end))\b", Opts)]
    private static partial Regex PeriodEdge();

    [GeneratedRegex(@"\b(?<prep>in|by|until|till|before|after|since|during|early|late|mid)\s+(?<y>20[0-9]{2})\b", Opts)]
    private static partial Regex YearOnly();

    public static void Scan(string text, DateOnly r, List<DateEntity> sink)
    {
        foreach (Match m in MonthFirst().Matches(text)) AddMonth(text, m, r, sink);
        foreach (Match m in DayFirst().Matches(text)) AddMonth(text, m, r, sink);
        foreach (Match m in Slashed().Matches(text)) AddSlashed(text, m, r, sink);
        foreach (Match m in Iso().Matches(text)) AddIso(m, sink);
        foreach (Match m in Quarter().Matches(text)) AddQuarter(m, r, sink);
        foreach (Match m in Season().Matches(text)) AddSeason(text, m, r, sink);
        foreach (Match m in PeriodEdge().Matches(text)) PeriodEdges.Add(m, r, sink);
        foreach (Match m in YearOnly().Matches(text)) AddYear(m, sink);
    }

    private static void AddMonth(string text, Match m, DateOnly r, List<DateEntity> sink)
    {
        var mg = m.Groups["m"];
        var month = Lexicon.ParseMonth(mg.Value);
        var hasDay = m.Groups["d"].Success;
        var hasYear = m.Groups["y"].Success;
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var mod = m.Groups["mod"].Value.ToLowerInvariant();
        if (!hasDay && !hasYear && rel.Length == 0 && mod.Length == 0 && !MonthNames.LooksLikeDate(text, mg.Index, mg.Length))
        {
            return;
        }
        // Start the span at the first word that belongs to the expression ("next March", "early Jan").
        var start = rel.Length > 0 ? m.Groups["rel"].Index : mod.Length > 0 ? m.Groups["mod"].Index : Math.Min(mg.Index, m.Groups["d"].Success ? m.Groups["d"].Index : mg.Index);
        if (m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) && !hasDay) return;
        if (m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase)) start = m.Index;
        var surface = text[start..(m.Index + m.Length)];
        if (hasDay)
        {
            if (mod.Length > 0 || rel.Length > 0) return;
            var day = int.Parse(m.Groups["d"].ValueSpan);
            AddMonthDay(surface, start, month, day, hasYear ? int.Parse(m.Groups["y"].ValueSpan) : null, r, sink);
            return;
        }
        var modValue = mod switch { "early" or "beginning of" or "start of" => "start", "mid" => "mid", "late" or "end of" => "end", _ => null };
        var years = new List<int>();
        if (hasYear) years.Add(int.Parse(m.Groups["y"].ValueSpan));
        else if (rel == "next") years.Add(month > r.Month ? r.Year : r.Year + 1);
        else if (rel == "last") years.Add(month < r.Month ? r.Year : r.Year - 1);
        else if (rel == "this") years.Add(r.Year);
        else
        {
            years.Add(month <= r.Month ? r.Year : r.Year - 1);
            years.Add(month >= r.Month ? r.Year : r.Year + 1);
        }
        var timex = years.Count == 2 ? $"XXXX-{month:D2}" : $"{years[0]:D4}-{month:D2}";
        var values = years.Select(y => MonthRange(y, month, modValue, timex)).ToArray();
        sink.Add(Entity.Of(surface, start, "daterange", values));
    }

    private static DateResolution MonthRange(int year, int month, string? mod, string timex)
    {
        var first = new DateOnly(year, month, 1);
        var next = first.AddMonths(1);
        return mod switch
        {
            "start" => DateMath.Range(timex, first, first.AddDays(15), mod),
            "mid" => DateMath.Range(timex, first.AddDays(9), first.AddDays(20), mod),
            "end" => DateMath.Range(timex, first.AddDays(15), next, mod),
            _ => DateMath.Range(timex, first, next),
        };
    }

    private static void AddMonthDay(string surface, int start, int month, int day, int? year, DateOnly r, List<DateEntity> sink)
    {
        if (year is { } y)
        {
            if (DateMath.TryDate(y, month, day, out var d)) sink.Add(Entity.Of(surface, start, "date", DateMath.Date(d)));
            return;
        }
        if (DateMath.PastAndFuture(r, month, day) is not { } pf) return;
        var timex = $"XXXX-{month:D2}-{day:D2}";
        sink.Add(Entity.Of(surface, start, "date", DateMath.Date(pf.Past, timex), DateMath.Date(pf.Future, timex)));
    }

    private static void AddSlashed(string text, Match m, DateOnly r, List<DateEntity> sink)
    {
        var a = int.Parse(m.Groups["a"].ValueSpan);
        var b = int.Parse(m.Groups["b"].ValueSpan);
        // en-US month/day; a first field above 12 can only be a day.
        var (month, day) = a > 12 ? (b, a) : (a, b);
        if (!m.Groups["y"].Success)
        {
            // "rated 4/5" is a score, not a date: without a year we need a preposition that introduces a date.
            if (!Entity.PrecededBy(text, m.Index, "on", "by", "until", "till", "before", "after", "from", "since")) return;
            AddMonthDay(m.Value, m.Index, month, day, null, r, sink);
            return;
        }
        var y = int.Parse(m.Groups["y"].ValueSpan);
        if (m.Groups["y"].Length == 2) y += 2000;
        if (DateMath.TryDate(y, month, day, out var d)) sink.Add(Entity.Of(m, "date", DateMath.Date(d)));
    }

    private static void AddIso(Match m, List<DateEntity> sink)
    {
        if (DateMath.TryDate(int.Parse(m.Groups["y"].ValueSpan), int.Parse(m.Groups["mo"].ValueSpan), int.Parse(m.Groups["d"].ValueSpan), out var d))
        {
            sink.Add(Entity.Of(m, "date", DateMath.Date(d)));
        }
    }

    private static void AddQuarter(Match m, DateOnly r, List<DateEntity> sink)
    {
        var q = m.Groups["q"].Value[0] - '0';
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        if (m.Groups["y"].Success || rel.Length > 0)
        {
            var year = m.Groups["y"].Success ? 2000 + int.Parse(m.Groups["y"].ValueSpan)
                : rel == "next" ? (q > DateMath.QuarterOf(r) ? r.Year : r.Year + 1)
                : rel == "last" ? (q < DateMath.QuarterOf(r) ? r.Year : r.Year - 1) : r.Year;
            var s = DateMath.QuarterStart(year, q);
            sink.Add(Entity.Of(m, "daterange", DateMath.Range(DateMath.RangeTimex(s, s.AddMonths(3), "P3M"), s, s.AddMonths(3))));
            return;
        }
        var cur = DateMath.QuarterOf(r);
        var past = DateMath.QuarterStart(q <= cur ? r.Year : r.Year - 1, q);
        var future = DateMath.QuarterStart(q >= cur ? r.Year : r.Year + 1, q);
        var timex = $"(XXXX-{past.Month:D2}-01,XXXX-{past.AddMonths(3).Month:D2}-01,P3M)";
        sink.Add(Entity.Of(m, "daterange", DateMath.Range(timex, past, past.AddMonths(3)), DateMath.Range(timex, future, future.AddMonths(3))));
    }

    private static void AddSeason(string text, Match m, DateOnly r, List<DateEntity> sink)
    {
        var s = m.Groups["s"].Value.ToLowerInvariant();
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        // "fall" is mostly a verb; only take it with a determiner or a year.
        if (rel.Length == 0 && !m.Groups["the"].Success && !m.Groups["y"].Success
            && (s == "fall" || !Entity.PrecededBy(text, m.Index, "in", "by", "until", "till", "over", "during", "around")))
        {
            return;
        }
        var code = s switch { "spring" => "SP", "summer" => "SU", "winter" => "WI", _ => "FA" };
        var seasonStart = code switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan)
            : rel is "next" ? r.Year + 1
            : rel is "last" ? r.Year - 1
            : rel is "this" ? r.Year
            : (r.Month < seasonStart ? r.Year : r.Year + 1); // bare "the spring": the next one
        sink.Add(Entity.Of(m, "daterange", new DateResolution("daterange", Timex: $"{year:D4}-{code}", Value: "not resolved")));
    }

    private static void AddYear(Match m, List<DateEntity> sink)
    {
        var prep = m.Groups["prep"].Value.ToLowerInvariant();
        var y = int.Parse(m.Groups["y"].ValueSpan);
        var first = new DateOnly(y, 1, 1);
        if (prep is "early" or "late" or "mid")
        {
            var mod = prep == "early" ? "start" : prep == "late" ? "end" : "mid";
            var (s, e) = prep == "early" ? (first, first.AddMonths(6)) : prep == "late" ? (first.AddMonths(6), first.AddYears(1)) : (first.AddMonths(3), first.AddMonths(9));
            sink.Add(Entity.Of(m, "daterange", DateMath.Range($"{y:D4}", s, e, mod)));
            return;
        }
        var g = m.Groups["y"];
        sink.Add(Entity.Of(g.Value, g.Index, "daterange", DateMath.Range($"{y:D4}", first, first.AddYears(1))));
    }
}
