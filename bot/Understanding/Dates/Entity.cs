using System.Text.RegularExpressions;

namespace RecruitBot.Understanding.Dates;

/// <summary>Builds <see cref="DateEntity"/> spans in the datetimeV2 shape (inclusive end, lower-cased text).</summary>
internal static class Entity
{
    public static DateEntity Of(Match m, string type, params DateResolution[] values) =>
        Of(m.Value, m.Index, type, values);

    public static DateEntity Of(string surface, int start, string type, params DateResolution[] values) =>
        new(surface.ToLowerInvariant(), start, start + surface.Length - 1, type, values);

    /// <summary>True when the word right before <paramref name="index"/> is one of <paramref name="words"/>.</summary>
    public static bool PrecededBy(string text, int index, params string[] words)
    {
        var word = PreviousWord(text, index);
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    public static ReadOnlySpan<char> PreviousWord(string text, int index)
    {
        var i = Math.Min(index, text.Length) - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return text.AsSpan(i + 1, end - i - 1);
    }

    public static ReadOnlySpan<char> NextWord(string text, int index)
    {
        var i = Math.Max(index, 0);
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
        return text.AsSpan(start, i - start);
    }
}
