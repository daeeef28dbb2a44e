using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RecruitBot.Channels.Slack.Security;

/// <summary>
/// Slack request signing (https://api.slack.com/authentication/verifying-requests-from-slack): HMAC-SHA256 of
/// <c>v0:{timestamp}:{raw body}</c> keyed with the signing secret, sent as <c>X-Slack-Signature: v0=hex</c>.
/// Every rule is a small pure function that fails closed.
/// </summary>
public static class SlackSignature
{
    public const string Version = "v0";

    /// <summary>Slack's replay window; applied in both directions so a future-dated request is refused too.</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    /// <summary>The <c>v0=…</c> signature Slack would send for this body.</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var basestring = new byte[prefix.Length + body.Length];
        prefix.CopyTo(basestring, 0);
        body.CopyTo(basestring.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), basestring);
        return Version + "=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>Parses the timestamp header: digits only (seconds since the epoch), else null.</summary>
    public static long? ParseTimestamp(string? header)
    {
        if (string.IsNullOrEmpty(header) || header.Length > 12) return null;
        foreach (var c in header) if (c is < '0' or > '9') return null;
        return long.Parse(header, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>True when the timestamp lies within <see cref="MaxSkew"/> of now, in either direction.</summary>
    public static bool IsFresh(long timestampSeconds, DateTimeOffset now)
    {
        var skew = now.ToUnixTimeSeconds() - timestampSeconds;
        return Math.Abs(skew) <= (long)MaxSkew.TotalSeconds;
    }

    /// <summary>Constant-time comparison of the received header with the expected signature; false on any doubt.</summary>
    public static bool Matches(string? signatureHeader, string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signingSecret) || string.IsNullOrEmpty(signatureHeader)) return false;
        if (!signatureHeader.StartsWith(Version + "=", StringComparison.Ordinal)) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(signingSecret, timestamp, body));
        var received = Encoding.ASCII.GetBytes(signatureHeader);
        return CryptographicOperations.FixedTimeEquals(expected, received);
    }

    /// <summary>The whole check: header shapes, freshness against the real clock, then the MAC.</summary>
    public static SlackVerification Verify(string? timestampHeader, string? signatureHeader, string? signingSecret,
        ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signingSecret)) return SlackVerification.NotConfigured;
        if (string.IsNullOrEmpty(signatureHeader)) return SlackVerification.MissingHeaders;
        var ts = ParseTimestamp(timestampHeader);
        if (ts is null) return SlackVerification.MissingHeaders;
        if (!IsFresh(ts.Value, now)) return SlackVerification.Stale;
        return Matches(signatureHeader, signingSecret, timestampHeader!, body) ? SlackVerification.Valid : SlackVerification.BadSignature;
    }
}
