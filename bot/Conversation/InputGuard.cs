using System.Globalization;

namespace RecruitBot.Conversation;

/// <summary>
/// Decides whether a message can be read at all, and says why not in words a user can act on. Pure, so every
/// rejection is cheap and nothing downstream (recognizer, store) ever sees such input.
/// </summary>
public static class InputGuard
{
    public static string? Problem(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "I didn't catch anything there. Tell me how an interview went, e.g. \"Priya Shah was runner-up for Senior Data Engineer\", or type help.";
        if (text.Length > maxLength)
            return $"That message is too long for me ({text.Length:N0} characters; I read up to {maxLength:N0}). Please send the outcome on its own, in a shorter message.";
        foreach (var ch in text)
        {
            if (char.IsControl(ch) && ch is not ('\n' or '\r' or '\t'))
                return "That message contains control characters I can't read. Please retype it as plain text.";
        }
        if (LooksForeign(text))
            return "Sorry, I only understand English for now. Try something like \"Interviewed Priya Shah for QA Lead, we went with someone else\".";
        return null;
    }

    /// <summary>True when most letters are outside the Latin script, e.g. a message in Japanese or Russian.</summary>
    private static bool LooksForeign(string text)
    {
        int letters = 0, latin = 0;
        foreach (var ch in text)
        {
            if (!char.IsLetter(ch)) continue;
            letters++;
            if (ch < 0x250 || (ch >= 0x1E00 && ch <= 0x1EFF)) latin++;
        }
        return letters >= 4 && latin * 2 < letters;
    }

    /// <summary>True for text that reads like a person's name ("priya shah", "José O'Neil").</summary>
    public static bool LooksLikeName(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'));
    }

    public static string TitleCase(string name) =>
        string.Join(' ', name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Any(char.IsUpper) ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w)));
}
