namespace RecruitBot.Channels.Teams;

/// <summary>The <c>Teams</c> configuration section. Defaults are the public Bot Framework cloud.</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Where outbound tokens come from; the tenant segment is replaced for single-tenant bots.</summary>
    public string TokenAuthority { get; set; } = "https://login.microsoftonline.com/botframework.com";

    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    public List<string> ValidIssuers { get; set; } = ["https://api.botframework.com"];

    /// <summary>Skips inbound token validation. Development only; refused in Production.</summary>
    public bool DisableAuth { get; set; }

    /// <summary>How long a turn may run before the HTTP request is answered and the result goes out proactively.</summary>
    public TimeSpan InlineBudget { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Turns (and their follow-up deliveries) run at most this many at a time.</summary>
    public int TurnWorkers { get; set; } = 32;

    /// <summary>Accepted turns waiting for a worker; beyond this, activities are refused with 503 and retried by the channel.</summary>
    public int TurnQueueLimit { get; set; } = 1000;

    /// <summary>Largest activity body accepted.</summary>
    public int MaxActivityBytes { get; set; } = 1024 * 1024;

    /// <summary>Fewest seconds between two key refreshes triggered by an unknown key id.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Tries per connector call (first attempt included) on 429/412/502/503/504.</summary>
    public int ConnectorMaxAttempts { get; set; } = 4;

    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ConnectorRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);
}
