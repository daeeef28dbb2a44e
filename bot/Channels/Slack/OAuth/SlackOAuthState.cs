using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RecruitBot.Channels.Slack.OAuth;

/// <summary>
/// The OAuth <c>state</c>: expiry and nonce signed with HMAC-SHA256, also set as a cookie, so a callback is
/// accepted only for an install this browser started here within the last ten minutes.
/// </summary>
public static class SlackOAuthState
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static string Create(string key, DateTimeOffset now, string nonce)
    {
        var payload = $"{(now + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}.{nonce}";
        return payload + "." + Sign(key, payload);
    }

    /// <summary>True only for an unexpired state signed with <paramref name="key"/>.</summary>
    public static bool IsValid(string? state, string? key, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(key)) return false;
        var lastDot = state.LastIndexOf('.');
        var firstDot = state.IndexOf('.');
        if (firstDot <= 0 || lastDot <= firstDot) return false;
        var payload = state[..lastDot];
        var expected = Encoding.ASCII.GetBytes(Sign(key, payload));
        var received = Encoding.ASCII.GetBytes(state[(lastDot + 1)..]);
        if (!CryptographicOperations.FixedTimeEquals(expected, received)) return false;
        return long.TryParse(state[..firstDot], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && now.ToUnixTimeSeconds() <= expires;
    }

    private static string Sign(string key, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(payload)));
}
