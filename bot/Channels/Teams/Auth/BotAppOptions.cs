namespace RecruitBot.Channels.Teams.Auth;

/// <summary>
/// The bot's Azure identity, bound from the top-level Bot Framework keys (<c>MicrosoftAppType</c>,
/// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>) so existing Azure Bot
/// configuration and App Service settings work unchanged.
/// </summary>
public sealed class BotAppOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string MicrosoftAppType { get; set; } = MultiTenant;
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Outbound calls carry a token only with a full credential; emulators and fakes take none.</summary>
    public bool HasCredential => HasAppId && (IsManagedIdentity || !string.IsNullOrWhiteSpace(MicrosoftAppPassword));

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase);

    public bool IsManagedIdentity => string.Equals(MicrosoftAppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    public bool IsKnownType => string.Equals(MicrosoftAppType, MultiTenant, StringComparison.OrdinalIgnoreCase)
        || IsSingleTenant || IsManagedIdentity;
}
