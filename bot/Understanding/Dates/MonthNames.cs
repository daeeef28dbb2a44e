namespace RecruitBot.Understanding.Dates;

/// <summary>
/// Decides whether a bare month word is a date. April, May, June... are also first names ("April Chen",
/// "May Robinson"), so ambiguous months need a word that introduces a date, and no month is a date when a
/// capitalised surname follows it.
/// </summary>
internal static class MonthNames
{
    private static readonly string[] DatePrepositions =
    [
        "in", "by", "until", "till", "til", "before", "after", "since", "during", "around", "from", "of", "through",
        "thru", "early", "mid", "late", "next", "this", "last", "end", "beginning", "start", "starting", "into",
        "mid-", "circa", "about",
    ];

    public static bool LooksLikeDate(string text, int index, int length)
    {
        var next = Entity.NextWord(text, index + length);
        var gap = index + length < text.Length && text[index + length] == ' ';
        if (gap && next.Length > 1 && char.IsUpper(next[0]) && !IsCalendarWord(next))
        {
            return false;
        }
        var prev = Entity.PreviousWord(text, index);
        foreach (var p in DatePrepositions)
        {
            if (prev.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return !Lexicon.IsAmbiguousMonth(text.Substring(index, length));
    }

    private static bool IsCalendarWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        var n = word[..lower.Length].ToLowerInvariant(lower);
        var w = lower[..Math.Max(n, 0)];
        return w is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
            or "and" or "or" or "to" or "through";
    }
}
