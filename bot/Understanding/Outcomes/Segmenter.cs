namespace RecruitBot.Understanding.Outcomes;

/// <summary>One person in a message and the stretches of text that talk about them.</summary>
internal sealed class PersonSegments(NameSpan name)
{
    public NameSpan Name { get; } = name;

    public List<NameSpan> Mentions { get; } = [name];

    public List<(int Start, int End)> Ranges { get; } = [];
}

/// <summary>
/// Splits a message between the people it names. Each mention owns the text from the start of its clause
/// to the next mention's clause, so "Tom Lee rejected, hired Priya Shah" gives "hired" to Priya.
/// A later first-name mention ("check back with Priya") joins the earlier full name.
/// </summary>
internal static class Segmenter
{
    public static List<PersonSegments> Split(string text, List<NameSpan> names)
    {
        var people = new List<PersonSegments>();
        var owners = new List<PersonSegments>();
        foreach (var n in names)
        {
            var same = people.Find(p => SamePerson(p.Name, n));
            if (same is null)
            {
                same = new PersonSegments(n);
                people.Add(same);
            }
            else
            {
                same.Mentions.Add(n);
                if (n.Display.Contains(' ') && !same.Name.Display.Contains(' ')) same.Mentions[0] = n;
            }
            owners.Add(same);
        }
        var starts = new int[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var floor = i == 0 ? 0 : names[i - 1].End;
            starts[i] = i == 0 ? 0 : Math.Max(floor, ClauseStart(text, names[i].Start));
        }
        for (var i = 0; i < names.Count; i++)
        {
            var end = i + 1 < names.Count ? starts[i + 1] : text.Length;
            owners[i].Ranges.Add((starts[i], end));
        }
        return people;
    }

    private static bool SamePerson(NameSpan a, NameSpan b)
    {
        if (a.Display.Equals(b.Display, StringComparison.OrdinalIgnoreCase)) return true;
        // Only a bare first name can refer back to a full name.
        var aSingle = !a.Display.Contains(' ');
        var bSingle = !b.Display.Contains(' ');
        return (aSingle || bSingle) && a.First.Equals(b.First, StringComparison.OrdinalIgnoreCase);
    }

    private static int ClauseStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '.' or ';' or '!' or '?' or '\n' or ',' or '—' or '–' or '|' or '•') return i + 1;
            if (c == '-' && i > 0 && text[i - 1] == ' ') return i + 1;
            if (i >= 4 && text.AsSpan(i - 4, 5).Equals(" and ", StringComparison.OrdinalIgnoreCase)) return i;
            if (i >= 4 && text.AsSpan(i - 4, 5).Equals(" but ", StringComparison.OrdinalIgnoreCase)) return i;
        }
        return 0;
    }
}
