using System.Text.Json;

namespace RecruitBot.Channels.Teams.Auth;

/// <summary>
/// The Bot Connector authentication rules as pure functions. Each answers false for anything missing or
/// malformed, so a new kind of input is rejected rather than let through.
/// </summary>
public static class TokenRules
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly HashSet<string> AllowedAlgorithms = new(StringComparer.Ordinal) { "RS256", "RS384", "RS512" };

    /// <summary>Only RSA signatures: never <c>none</c>, never a symmetric algorithm keyed with a public key.</summary>
    public static bool AlgorithmAllowed(string? alg) => alg is not null && AllowedAlgorithms.Contains(alg);

    public static bool IssuerValid(string? issuer, IReadOnlyCollection<string> validIssuers) =>
        !string.IsNullOrEmpty(issuer) && validIssuers.Contains(issuer, StringComparer.Ordinal);

    public static bool AudienceValid(IEnumerable<string>? audiences, string? appId) =>
        !string.IsNullOrWhiteSpace(appId) && audiences is not null
        && audiences.Any(a => string.Equals(a, appId, StringComparison.OrdinalIgnoreCase));

    /// <summary>An expiry is required; both ends get <paramref name="skew"/> of tolerance.</summary>
    public static bool LifetimeValid(DateTime? notBeforeUtc, DateTime? expiresUtc, DateTime nowUtc, TimeSpan skew)
    {
        if (expiresUtc is null || expiresUtc.Value == DateTime.MinValue) return false;
        if (nowUtc > expiresUtc.Value + skew) return false;
        if (notBeforeUtc is { } nbf && nbf != DateTime.MinValue && nowUtc < nbf - skew) return false;
        return notBeforeUtc is null || expiresUtc.Value >= notBeforeUtc.Value;
    }

    /// <summary>The signing key must be endorsed for the channel the activity claims to come from.</summary>
    public static bool Endorsed(IReadOnlyCollection<string> endorsements, string? channelId) =>
        !string.IsNullOrWhiteSpace(channelId) && endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase);

    /// <summary>The token was issued for the very serviceUrl the activity asks us to answer on.</summary>
    public static bool ServiceUrlMatches(string? serviceUrlClaim, string? activityServiceUrl) =>
        !string.IsNullOrWhiteSpace(serviceUrlClaim) && !string.IsNullOrWhiteSpace(activityServiceUrl)
        && string.Equals(serviceUrlClaim, activityServiceUrl, StringComparison.OrdinalIgnoreCase);

    /// <summary>Metadata and keys travel over HTTPS; plain HTTP only to this machine (tests, local fakes).</summary>
    public static bool MetadataUrlAllowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback && (uri.Host is "127.0.0.1" or "localhost" or "[::1]");

    /// <summary>Reads a JWKS key's <c>endorsements</c>, whatever shape the JSON reader left it in.</summary>
    public static IReadOnlyCollection<string> ReadEndorsements(object? value) => value switch
    {
        null => [],
        string s => [s],
        JsonElement { ValueKind: JsonValueKind.Array } e =>
            e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray(),
        JsonElement { ValueKind: JsonValueKind.String } e => [e.GetString()!],
        System.Collections.IEnumerable items => items.OfType<object>().Select(o => o is JsonElement { ValueKind: JsonValueKind.String } je ? je.GetString()! : o.ToString() ?? "").Where(s => s.Length > 0).ToArray(),
        _ => [],
    };
}
