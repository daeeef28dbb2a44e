namespace RecruitBot.Channels.Slack;

/// <summary>The <c>Slack</c> configuration section. The channel is on only when it can verify requests.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>App's signing secret ("Basic Information" page); every inbound request is verified with it.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Single-workspace bot token (xoxb-…); per-team OAuth tokens in SlackDb take precedence.</summary>
    public string? BotToken { get; set; }

    /// <summary>When set, requests whose <c>api_app_id</c> differs are refused.</summary>
    public string? AppId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>
    /// Base64 of 32 random bytes (e.g. <c>openssl rand -base64 32</c>): seals OAuth bot tokens at rest. Required in
    /// Production when OAuth install is on; from the environment or a secret store, never from a file in the repo.
    /// </summary>
    public string? TokenEncryptionKey { get; set; }

    /// <summary>Web API base; tests point it at a loopback fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>OAuth authorize page; separate from the API base because it is a browser URL.</summary>
    public string AuthorizeUrl { get; set; } = "https://slack.com/oauth/v2/authorize";

    /// <summary>Development only: accept unsigned requests. Refused in Production.</summary>
    public bool DisableSignatureCheck { get; set; }

    /// <summary>Also read plain channel messages (needs <c>channels:history</c>), not only mentions.</summary>
    public bool ListenInChannels { get; set; }

    /// <summary>Largest request body accepted; Slack payloads are small.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Capacity of the in-memory hand-off to the worker; overflow stays pending in the inbox.</summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>Tests turn the worker off to simulate a process that died right after the ack.</summary>
    public bool RunWorker { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(SigningSecret) || DisableSignatureCheck;
}
