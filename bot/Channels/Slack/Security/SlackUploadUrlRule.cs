namespace RecruitBot.Channels.Slack.Security;

/// <summary>
/// The bytes of an upload go, without a token, to the URL files.getUploadURLExternal returned. Only Slack's file host
/// over https (or the configured API host, which is how tests point at a fake) may receive them; anything else fails
/// closed, so a tampered answer cannot send personal data elsewhere.
/// </summary>
public static class SlackUploadUrlRule
{
    public const string FileHost = "files.slack.com";

    public static bool IsAllowed(string? uploadUrl, string apiBaseUrl)
    {
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var url) || !string.IsNullOrEmpty(url.UserInfo)) return false;
        if (url.Scheme == Uri.UriSchemeHttps && string.Equals(url.Host, FileHost, StringComparison.OrdinalIgnoreCase)) return true;
        return Uri.TryCreate(apiBaseUrl, UriKind.Absolute, out var api)
            && url.Scheme == api.Scheme && string.Equals(url.Host, api.Host, StringComparison.OrdinalIgnoreCase) && url.Port == api.Port;
    }
}
