using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using RecruitBot.Channels.Teams.Auth;

namespace RecruitBot.Channels.Teams.Outbound;

/// <summary>
/// Client-credentials tokens for <c>api.botframework.com</c> via MSAL, which caches them in memory and renews
/// before expiry. Without a full credential (emulators, the Playground, local fakes) it returns null.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly IConfidentialClientApplication? _confidential;
    private readonly IManagedIdentityApplication? _managed;
    private readonly string _scope;

    public MsalBotTokenProvider(BotAppOptions app, TeamsOptions options)
    {
        _scope = options.TokenScope;
        if (!app.HasCredential) return;
        if (app.IsManagedIdentity)
        {
            _managed = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(app.MicrosoftAppId!)).Build();
            return;
        }
        _confidential = ConfidentialClientApplicationBuilder.Create(app.MicrosoftAppId)
            .WithClientSecret(app.MicrosoftAppPassword)
            .WithAuthority(Authority(app, options))
            .Build();
    }

    /// <summary>Multi-tenant bots authenticate against botframework.com; single-tenant ones against their own tenant.</summary>
    public static string Authority(BotAppOptions app, TeamsOptions options)
    {
        if (!app.IsSingleTenant || string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId)) return options.TokenAuthority;
        var authority = new Uri(options.TokenAuthority);
        return new Uri(authority, "/" + Uri.EscapeDataString(app.MicrosoftAppTenantId)).ToString();
    }

    public async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        if (_confidential is not null)
            return (await _confidential.AcquireTokenForClient([_scope]).ExecuteAsync(ct)).AccessToken;
        if (_managed is not null)
            return (await _managed.AcquireTokenForManagedIdentity(_scope.Replace("/.default", "")).ExecuteAsync(ct)).AccessToken;
        return null;
    }
}
