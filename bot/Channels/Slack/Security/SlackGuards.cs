namespace RecruitBot.Channels.Slack.Security;

/// <summary>Small fail-closed rules around the signature check; one test each.</summary>
public static class SlackGuards
{
    /// <summary>Skipping signature checks is a development convenience and never allowed in Production.</summary>
    public static bool MaySkipSignature(bool disableSignatureCheck, string environmentName) =>
        disableSignatureCheck && !string.Equals(environmentName, "Production", StringComparison.OrdinalIgnoreCase);

    /// <summary>When an app id is configured, the payload must name exactly that app.</summary>
    public static bool AppIdAllowed(string? configuredAppId, string? payloadAppId) =>
        string.IsNullOrWhiteSpace(configuredAppId) || string.Equals(configuredAppId, payloadAppId, StringComparison.Ordinal);

    /// <summary>
    /// The tenant key from a verified payload: the team id, prefixed by the enterprise id on Enterprise Grid so
    /// two orgs' teams can never collide. Null (refuse) when the team id is missing or malformed.
    /// </summary>
    public static string? TenantKey(string? enterpriseId, string? teamId)
    {
        if (!IsSlackId(teamId, 'T')) return null;
        if (string.IsNullOrEmpty(enterpriseId)) return teamId;
        return IsSlackId(enterpriseId, 'E') ? $"{enterpriseId}:{teamId}" : null;
    }

    /// <summary>
    /// response_url is posted to with no token, so only Slack's hooks host (or the configured API host, which is how
    /// tests point at a fake) may be targeted; anything else would let a payload aim the bot at arbitrary URLs.
    /// </summary>
    public static bool ResponseUrlAllowed(string? responseUrl, string apiBaseUrl)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url)) return false;
        if (url.Scheme == Uri.UriSchemeHttps && string.Equals(url.Host, "hooks.slack.com", StringComparison.OrdinalIgnoreCase)) return true;
        return Uri.TryCreate(apiBaseUrl, UriKind.Absolute, out var api)
            && url.Scheme == api.Scheme && string.Equals(url.Host, api.Host, StringComparison.OrdinalIgnoreCase) && url.Port == api.Port;
    }

    private static bool IsSlackId(string? id, char prefix) =>
        !string.IsNullOrEmpty(id) && id.Length <= 32 && id[0] == prefix && id.All(char.IsAsciiLetterOrDigit);
}
