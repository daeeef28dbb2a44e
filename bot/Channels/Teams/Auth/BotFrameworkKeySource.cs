using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RecruitBot.Channels.Teams.Auth;

/// <summary>
/// The Bot Framework signing keys, read from the OpenID metadata and its JWKS and cached by a
/// <see cref="ConfigurationManager{T}"/>. A token naming an unknown key id triggers one fresh fetch, at most once per
/// <see cref="TeamsOptions.KeyRefreshInterval"/>, so key rollover is picked up without letting forged key ids hammer
/// the metadata endpoint. The fresh fetch uses a new manager, which loads synchronously, and replaces the old one
/// only when it succeeds, so a failed refresh never loses the keys we had.
/// </summary>
public sealed class BotFrameworkKeySource
{
    private readonly HttpClient _http;
    private readonly string _metadataUrl;
    private readonly TimeSpan _refreshInterval;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    public BotFrameworkKeySource(HttpClient http, TeamsOptions options, TimeProvider clock)
    {
        if (!TokenRules.MetadataUrlAllowed(options.OpenIdMetadataUrl))
            throw new InvalidOperationException("Teams:OpenIdMetadataUrl must be HTTPS (or HTTP on loopback).");
        _http = http;
        _metadataUrl = options.OpenIdMetadataUrl;
        _refreshInterval = options.KeyRefreshInterval;
        _clock = clock;
        _manager = NewManager();
    }

    /// <summary>The key with id <paramref name="kid"/>, or null when the published set has none.</summary>
    /// <exception cref="KeySourceUnavailableException">Metadata could not be fetched and nothing is cached.</exception>
    public async Task<SigningKeyMatch?> FindAsync(string kid, CancellationToken ct)
    {
        var match = Find(await CurrentAsync(_manager, ct), kid);
        if (match is not null) return match;
        return await RefreshAndFindAsync(kid, ct);
    }

    private async Task<SigningKeyMatch?> RefreshAndFindAsync(string kid, CancellationToken ct)
    {
        await _refreshGate.WaitAsync(ct);
        try
        {
            var now = _clock.GetUtcNow();
            if (now - _lastForcedRefresh < _refreshInterval) return Find(await CurrentAsync(_manager, ct), kid);
            _lastForcedRefresh = now;
            var fresh = NewManager();
            try
            {
                var config = await fresh.GetConfigurationAsync(ct);
                _manager = fresh;
                return Find(config, kid);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return null;
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private static async Task<OpenIdConnectConfiguration> CurrentAsync(ConfigurationManager<OpenIdConnectConfiguration> manager, CancellationToken ct)
    {
        try
        {
            return await manager.GetConfigurationAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new KeySourceUnavailableException("Bot Framework signing keys are unavailable.", e);
        }
    }

    private static SigningKeyMatch? Find(OpenIdConnectConfiguration config, string kid)
    {
        var jwk = config.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (jwk is null) return null;
        var key = config.SigningKeys.FirstOrDefault(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal)) ?? jwk;
        jwk.AdditionalData.TryGetValue("endorsements", out var endorsements);
        return new SigningKeyMatch(key, TokenRules.ReadEndorsements(endorsements));
    }

    private ConfigurationManager<OpenIdConnectConfiguration> NewManager()
    {
        var retriever = new HttpDocumentRetriever(_http) { RequireHttps = !TokenRules.IsLoopback(new Uri(_metadataUrl)) };
        return new ConfigurationManager<OpenIdConnectConfiguration>(_metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
        };
    }
}
