namespace RecruitBot.Hosting.Security;

/// <summary>
/// The <c>Security</c> section: the request body limit for every route, with per-path overrides
/// (<c>Security:RouteMaxRequestBytes:/slack/events=131072</c>). Paths not listed get <see cref="MaxRequestBytes"/>.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Default body limit: the Bot Connector's largest activities (cards with attachments) stay well under it.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Exact request paths (case-insensitive) and their own limits. Slack's payloads are small.</summary>
    public Dictionary<string, long> RouteMaxRequestBytes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/slack/events"] = 256 * 1024,
        ["/slack/interactions"] = 256 * 1024,
        ["/slack/commands"] = 64 * 1024,
        ["/slack/oauth/start"] = 0,
        ["/slack/oauth/callback"] = 0,
        ["/healthz"] = 0,
    };

    public IEnumerable<string> Validate()
    {
        if (MaxRequestBytes is < 1024 or > 32 * 1024 * 1024) yield return $"{Section}:MaxRequestBytes must be 1 KB..32 MB.";
        foreach (var (path, bytes) in RouteMaxRequestBytes)
        {
            if (!path.StartsWith('/')) yield return $"{Section}:RouteMaxRequestBytes key '{path}' must be a path starting with '/'.";
            if (bytes is < 0 or > 32 * 1024 * 1024) yield return $"{Section}:RouteMaxRequestBytes:{path} must be 0..32 MB.";
        }
    }
}
