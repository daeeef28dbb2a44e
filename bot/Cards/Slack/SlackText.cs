using System.Text;

namespace RecruitBot.Cards;

/// <summary>Slack mrkdwn escaping and length limits measured, as Slack does, in UTF-16 code units.</summary>
internal static class SlackText
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Mrkdwn(RichText text)
    {
        var sb = new StringBuilder();
        foreach (var run in text.Runs)
        {
            if (!run.Bold || string.IsNullOrWhiteSpace(run.Text))
            {
                sb.Append(Escape(run.Text));
                continue;
            }
            // "* x*" is not bold in mrkdwn: keep the spaces outside the markers.
            var core = run.Text.Trim();
            var lead = run.Text[..run.Text.IndexOf(core, StringComparison.Ordinal)];
            sb.Append(lead).Append('*').Append(Escape(core)).Append('*').Append(run.Text[(lead.Length + core.Length)..]);
        }
        return sb.ToString();
    }

    /// <summary>Cuts plain text to <paramref name="max"/> with an ellipsis, never splitting a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }
        return text[..cut] + "…";
    }

    /// <summary>Like <see cref="Truncate"/> for escaped mrkdwn: never leaves half an entity such as <c>&amp;am</c>.</summary>
    public static string TruncateMarkup(string mrkdwn, int max)
    {
        if (mrkdwn.Length <= max)
        {
            return mrkdwn;
        }
        var cut = Truncate(mrkdwn, max)[..^1];
        var amp = cut.LastIndexOf('&');
        if (amp >= 0 && amp >= cut.Length - 5 && cut.IndexOf(';', amp) < 0)
        {
            cut = cut[..amp];
        }
        return cut + "…";
    }
}
