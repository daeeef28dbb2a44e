using System.Globalization;
using System.Text;

namespace RecruitBot.Recruiting;

/// <summary>
/// Folds names and titles into a matching key: lower case, accents removed, punctuation dropped, whitespace
/// collapsed, so "José  O'Neil" and "jose oneil" meet. Titles also expand the usual abbreviations.
/// </summary>
public static class NameNormalizer
{
    private static readonly Dictionary<string, string> TitleWords = new(StringComparer.Ordinal)
    {
        ["sr"] = "senior", ["snr"] = "senior", ["jr"] = "junior", ["eng"] = "engineer", ["engr"] = "engineer",
        ["dev"] = "developer", ["mgr"] = "manager", ["swe"] = "software engineer", ["pm"] = "product manager",
        ["fe"] = "frontend", ["front-end"] = "frontend", ["be"] = "backend", ["back-end"] = "backend",
        ["ds"] = "data scientist", ["qa"] = "qa", ["ii"] = "2", ["iii"] = "3", ["lead"] = "lead",
    };

    public static string Name(string? text) => Fold(text, keepHyphen: false);

    public static string Title(string? text)
    {
        var folded = Fold(text, keepHyphen: true);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => TitleWords.TryGetValue(w, out var full) ? full : w)
            .Where(w => w is not ("the" or "role" or "position" or "opening"));
        return string.Join(' ', words);
    }

    private static string Fold(string? text, bool keepHyphen)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch) || (keepHyphen && ch == '-'))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is '\'' or '’' or '.')
            {
                // Apostrophes and dots join ("O'Neil" → "oneil", "Sr." → "sr").
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }
}
