using System.Text.RegularExpressions;

namespace RecruitBot.Understanding.Dates;

/// <summary>
/// "end of the quarter", "EOM", "early next year": a part of a month, quarter, year or week, with the
/// datetimeV2 mod (start/mid/end) and the sub-range the reference library uses (halves of months and years).
/// </summary>
internal static class PeriodEdges
{
    public static void Add(Match m, DateOnly r, List<DateEntity> sink)
    {
        string period, mod;
        if (m.Groups["abbr"].Success)
        {
            var abbr = m.Groups["abbr"].Value.ToLowerInvariant();
            period = abbr switch { "eom" => "month", "eoq" => "quarter", "eoy" => "year", _ => "week" };
            mod = "end";
        }
        else
        {
            period = m.Groups["p"].Value.ToLowerInvariant();
            mod = m.Groups["mod"].Value.ToLowerInvariant() switch
            {
                "end" or "late" => "end",
                "mid" => "mid",
                _ => "start",
            };
        }
        var shift = m.Groups["next"].Success ? 1 : 0;
        var start = m.Value.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? m.Index + 4 : m.Index;
        var surface = m.Value[(start - m.Index)..];
        sink.Add(Entity.Of(surface, start, "daterange", Resolve(period, mod, shift, r)));
    }

    private static DateResolution Resolve(string period, string mod, int shift, DateOnly r)
    {
        switch (period)
        {
            case "month":
            {
                var first = new DateOnly(r.Year, r.Month, 1).AddMonths(shift);
                var next = first.AddMonths(1);
                var (s, e) = Part(first, next, mod, first.AddDays(15), first.AddDays(9), first.AddDays(20));
                return DateMath.Range($"{first:yyyy-MM}", s, e, mod);
            }
            case "quarter":
            {
                var first = DateMath.QuarterStart(r.Year, DateMath.QuarterOf(r)).AddMonths(3 * shift);
                var next = first.AddMonths(3);
                // A quarter's edges are its first and last months.
                var (s, e) = mod switch
                {
                    "start" => (first, first.AddMonths(1)),
                    "end" => (first.AddMonths(2), next),
                    _ => (first.AddMonths(1), first.AddMonths(2)),
                };
                return DateMath.Range(DateMath.RangeTimex(first, next, "P3M"), s, e, mod);
            }
            case "week":
            {
                var mon = DateMath.MondayOf(r).AddDays(7 * shift);
                var (s, e) = Part(mon, mon.AddDays(7), mod, mon.AddDays(3), mon.AddDays(2), mon.AddDays(5));
                return DateMath.Range(DateMath.IsoWeekTimex(mon), s, e, mod);
            }
            default:
            {
                var first = new DateOnly(r.Year + shift, 1, 1);
                var next = first.AddYears(1);
                var (s, e) = Part(first, next, mod, first.AddMonths(6), first.AddMonths(3), first.AddMonths(9));
                return DateMath.Range($"{first:yyyy}", s, e, mod);
            }
        }
    }

    private static (DateOnly, DateOnly) Part(DateOnly first, DateOnly next, string mod, DateOnly half, DateOnly midStart, DateOnly midEnd) =>
        mod switch
        {
            "start" => (first, half),
            "end" => (half, next),
            _ => (midStart, midEnd),
        };
}
