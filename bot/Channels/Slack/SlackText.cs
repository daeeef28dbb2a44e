using System.Text.RegularExpressions;

namespace RecruitBot.Channels.Slack;

/// <summary>Slack's message text format (https://api.slack.com/reference/surfaces/formatting) in and out.</summary>
public static partial class SlackText
{
    /// <summary>Plain text from a message: our own mention removed, user/channel/link markup reduced, entities decoded.</summary>
    public static string ToPlain(string? text, IReadOnlyCollection<string> botUserIds)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = Markup().Replace(text, m =>
        {
            var inner = m.Groups[1].Value;
            var bar = inner.IndexOf('|');
            var target = bar < 0 ? inner : inner[..bar];
            var label = bar < 0 ? null : inner[(bar + 1)..];
            if (target.StartsWith('@') && botUserIds.Contains(target[1..])) return "";
            if (label is not null) return label;
            return target.StartsWith('@') || target.StartsWith('#') ? target : target.TrimStart('!');
        });
        s = s.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        return Spaces().Replace(s, " ").Trim();
    }

    /// <summary>Escapes the three control characters Slack's mrkdwn requires escaped.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Slack's "1531420618.000200" message timestamps as a point in time.</summary>
    public static DateTimeOffset? ParseTs(string? ts)
    {
        if (string.IsNullOrEmpty(ts)) return null;
        return decimal.TryParse(ts, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000m))
            : null;
    }

    [GeneratedRegex("<([^<>]+)>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
