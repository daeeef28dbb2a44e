using System.Text;

namespace RecruitBot.Cards;

/// <summary>
/// Writes <see cref="RichText"/> as Adaptive Card markdown. User text is backslash-escaped wherever the AC
/// markdown subset (bold, italic, links, lists, code, date functions) could read it as markup.
/// </summary>
internal static class AdaptiveMarkdown
{
    private const string Special = "\\*_[]`~";

    public static string Render(RichText text)
    {
        var sb = new StringBuilder();
        foreach (var run in text.Runs)
        {
            var atLineStart = sb.Length == 0 || sb[^1] == '\n';
            if (!run.Bold || string.IsNullOrWhiteSpace(run.Text))
            {
                sb.Append(Escape(run.Text, atLineStart));
                continue;
            }
            // "** x**" is not bold in markdown: keep the spaces outside the markers.
            var core = run.Text.Trim();
            var lead = run.Text[..run.Text.IndexOf(core, StringComparison.Ordinal)];
            sb.Append(lead).Append("**").Append(Escape(core, atLineStart: false)).Append("**")
              .Append(run.Text[(lead.Length + core.Length)..]);
        }
        return sb.ToString();
    }

    public static string Escape(string text, bool atLineStart = true)
    {
        var sb = new StringBuilder(text.Length + 8);
        var lineStart = atLineStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && IsListMarker(text, i, out var markerEnd))
            {
                sb.Append(text, i, markerEnd - i).Append('\\').Append(text[markerEnd]);
                i = markerEnd;
                lineStart = false;
                continue;
            }
            if (Special.Contains(c) || (c == '{' && i + 1 < text.Length && text[i + 1] == '{'))
            {
                sb.Append('\\');
            }
            sb.Append(c);
            if (c == '\n')
            {
                lineStart = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                lineStart = false;
            }
        }
        return sb.ToString();
    }

    // "- x", "+ x" and "12. x" at the start of a line become list items; markerEnd is the char to escape.
    private static bool IsListMarker(string text, int i, out int markerEnd)
    {
        markerEnd = i;
        if (text[i] is '-' or '+' && i + 1 < text.Length && text[i + 1] == ' ')
        {
            return true;
        }
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }
        if (j > i && j + 1 < text.Length && text[j] is '.' or ')' && text[j + 1] == ' ')
        {
            markerEnd = j;
            return true;
        }
        return false;
    }
}
