using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RecruitBot.Channels.Teams.Auth;

/// <summary>
/// Authenticates a request from the Bot Connector service (channel → bot) per the Bot Framework authentication
/// spec: Bearer JWT, RSA-signed by a key in the Bot Framework OpenID metadata, issuer <c>api.botframework.com</c>,
/// audience our app id, within its lifetime give or take five minutes. <see cref="Authorize"/> then ties the token
/// to the activity: the key's endorsements must include its channelId and the <c>serviceurl</c> claim must equal its
/// serviceUrl. Every failure is an answer, never an exception, and no path accepts without a verified signature
/// (a token verified once is remembered until its expiry, see <see cref="AcceptedTokenCache"/>).
/// </summary>
public sealed class BotFrameworkTokenValidator
{
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Distinct live tokens remembered; the channel uses a handful at a time.</summary>
    public const int AcceptedTokenCapacity = 1024;

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly BotFrameworkKeySource _keys;
    private readonly string? _appId;
    private readonly IReadOnlyCollection<string> _issuers;
    private readonly TimeProvider _clock;
    private readonly AcceptedTokenCache _accepted = new(AcceptedTokenCapacity);

    /// <param name="securityClock">The real clock: token freshness never follows a simulated business date.</param>
    public BotFrameworkTokenValidator(BotFrameworkKeySource keys, BotAppOptions app, TeamsOptions options, TimeProvider securityClock)
    {
        _keys = keys;
        _appId = app.MicrosoftAppId;
        _issuers = options.ValidIssuers.ToArray();
        _clock = securityClock;
    }

    public async Task<AuthResult> AuthenticateAsync(string? authorizationHeader, CancellationToken ct)
    {
        var token = BearerToken.Extract(authorizationHeader);
        if (token is null) return AuthResult.Reject(401, "missing or malformed Authorization header");
        if (string.IsNullOrWhiteSpace(_appId)) return AuthResult.Reject(401, "no app id configured");

        if (_accepted.Find(token, _clock.GetUtcNow().UtcDateTime) is { } known)
        {
            SigningKeyMatch? current;
            try
            {
                current = await _keys.FindAsync(known.Kid, ct);
            }
            catch (KeySourceUnavailableException)
            {
                return AuthResult.Reject(503, "signing keys unavailable");
            }
            // Same key object: the published key set has not changed since the token was verified with it.
            if (current is not null && ReferenceEquals(current.Key, known.Key))
                return new AuthResult(200, "ok", known.Identity, current.Endorsements);
            _accepted.Remove(token);
        }

        JsonWebToken jwt;
        try
        {
            if (!_handler.CanReadToken(token)) return AuthResult.Reject(401, "unreadable token");
            jwt = new JsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException or FormatException or System.Text.Json.JsonException)
        {
            return AuthResult.Reject(401, "unreadable token");
        }

        if (!TokenRules.AlgorithmAllowed(jwt.Alg)) return AuthResult.Reject(401, "algorithm not allowed");
        if (!TokenRules.IssuerValid(jwt.Issuer, _issuers)) return AuthResult.Reject(401, "issuer not trusted");
        if (!TokenRules.AudienceValid(jwt.Audiences, _appId)) return AuthResult.Reject(401, "audience is not this bot");
        if (!TokenRules.LifetimeValid(Nullable(jwt.ValidFrom), Nullable(jwt.ValidTo), _clock.GetUtcNow().UtcDateTime, TokenRules.ClockSkew))
            return AuthResult.Reject(401, "token outside its lifetime");
        if (string.IsNullOrEmpty(jwt.Kid)) return AuthResult.Reject(401, "token names no key");

        SigningKeyMatch? key;
        try
        {
            key = await _keys.FindAsync(jwt.Kid, ct);
        }
        catch (KeySourceUnavailableException)
        {
            return AuthResult.Reject(503, "signing keys unavailable");
        }
        if (key is null) return AuthResult.Reject(401, "unknown signing key");

        var result = await _handler.ValidateTokenAsync(token, Parameters(key.Key));
        if (!result.IsValid || result.ClaimsIdentity is null)
            return AuthResult.Reject(401, "token validation failed: " + result.Exception?.GetType().Name);
        _accepted.Add(token, new AcceptedTokenCache.Entry(result.ClaimsIdentity, jwt.Kid, key.Key, jwt.ValidTo), _clock.GetUtcNow().UtcDateTime);
        return new AuthResult(200, "ok", result.ClaimsIdentity, key.Endorsements);
    }

    /// <summary>Binds an accepted token to the activity it came with; 403 when it does not cover it.</summary>
    public static AuthResult Authorize(AuthResult authenticated, string? channelId, string? serviceUrl)
    {
        if (!authenticated.Accepted || authenticated.Identity is null) return authenticated;
        if (!TokenRules.Endorsed(authenticated.Endorsements ?? [], channelId))
            return AuthResult.Reject(403, "signing key not endorsed for channel");
        if (!TokenRules.ServiceUrlMatches(authenticated.Identity.FindFirst(ServiceUrlClaim)?.Value, serviceUrl))
            return AuthResult.Reject(403, "serviceurl claim does not match the activity");
        return authenticated;
    }

    private TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = _issuers,
        ValidateAudience = true,
        ValidAudience = _appId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = ["RS256", "RS384", "RS512"],
        ClockSkew = TokenRules.ClockSkew,
        LifetimeValidator = (nbf, exp, _, _) => TokenRules.LifetimeValid(nbf, exp, _clock.GetUtcNow().UtcDateTime, TokenRules.ClockSkew),
        NameClaimType = ClaimTypes.Name,
    };

    private static DateTime? Nullable(DateTime value) => value == DateTime.MinValue ? null : value;
}
