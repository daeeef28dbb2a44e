using RecruitBot.Understanding.Dates;

namespace RecruitBot.Understanding;

/// <summary>
/// Rule-based English date recognizer producing datetimeV2-shaped entities (see nl-eval README).
/// Overlapping matches are resolved longest-first, so "in 3 months" beats the bare duration "3 months".
/// </summary>
public sealed class DateRecognizer : IDateRecognizer
{
    // Messages are chat lines; anything longer is cut so a pasted document cannot stall a turn.
    private const int MaxLength = 200_000;

    public IReadOnlyList<DateEntity> Recognize(string text, DateTime referenceLocal)
    {
        if (string.IsNullOrEmpty(text)) return [];
        try
        {
            var input = text.Length > MaxLength ? text[..MaxLength] : text;
            var reference = DateOnly.FromDateTime(referenceLocal);
            var found = new List<DateEntity>();
            RelativeRules.Scan(input, reference, found);
            CalendarRules.Scan(input, reference, found);
            return Select(found);
        }
        catch (Exception)
        {
            // A recognizer bug must degrade to "no dates", never to a failed turn.
            return [];
        }
    }

    private static List<DateEntity> Select(List<DateEntity> found)
    {
        if (found.Count <= 1) return found;
        found.Sort(static (a, b) =>
        {
            var byLength = (b.End - b.Start).CompareTo(a.End - a.Start);
            return byLength != 0 ? byLength : a.Start.CompareTo(b.Start);
        });
        var chosen = new List<DateEntity>(found.Count);
        foreach (var e in found)
        {
            var overlaps = false;
            foreach (var c in chosen)
            {
                if (e.Start <= c.End && c.Start <= e.End)
                {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) chosen.Add(e);
        }
        chosen.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }
}
