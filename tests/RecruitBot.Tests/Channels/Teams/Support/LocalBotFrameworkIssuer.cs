using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Teams.Support;

/// <summary>
/// A stand-in for login.botframework.com on 127.0.0.1: OpenID metadata, a JWKS whose keys carry endorsements,
/// and a minting method. Keys can be rotated in and the endpoint switched off to exercise refresh and outages.
/// </summary>
public sealed class LocalBotFrameworkIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly LoopbackApp _app;
    private readonly List<(string Kid, RSA Rsa, string[] Endorsements)> _published = [];
    public int MetadataHits;
    public bool Down { get; set; }

    public RSA Signer { get; } = RSA.Create(2048);
    public string Kid { get; } = "test-key-1";
    public string MetadataUrl { get; }

    private LocalBotFrameworkIssuer(LoopbackApp app)
    {
        _app = app;
        MetadataUrl = app.BaseUrl + "/v1/.well-known/openidconfiguration";
        Publish(Kid, Signer, "msteams", "emulator");
    }

    public static async Task<LocalBotFrameworkIssuer> StartAsync()
    {
        LocalBotFrameworkIssuer? self = null;
        var loopback = await LoopbackApp.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext ctx) =>
            {
                Interlocked.Increment(ref self!.MetadataHits);
                if (self.Down) return Results.StatusCode(500);
                var baseUrl = $"http://127.0.0.1:{ctx.Connection.LocalPort}";
                return Results.Text(new JsonObject
                {
                    ["issuer"] = Issuer,
                    ["authorization_endpoint"] = "https://invalid.botframework.com",
                    ["jwks_uri"] = baseUrl + "/v1/.well-known/keys",
                    ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                    ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
                }.ToJsonString(), "application/json");
            });
            app.MapGet("/v1/.well-known/keys", () => self!.Down ? Results.StatusCode(500) : Results.Text(self.Jwks(), "application/json"));
        });
        self = new LocalBotFrameworkIssuer(loopback);
        return self;
    }

    public void Publish(string kid, RSA rsa, params string[] endorsements)
    {
        lock (_published) _published.Add((kid, rsa, endorsements));
    }

    /// <summary>Takes a key out of the published set (rollover or revocation).</summary>
    public void Withdraw(string kid)
    {
        lock (_published) _published.RemoveAll(k => k.Kid == kid);
    }

    public string Mint(Action<SecurityTokenDescriptor>? change = null, string alg = SecurityAlgorithms.RsaSha256, RSA? rsa = null, string? kid = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa ?? Signer) { KeyId = kid ?? Kid }, alg),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public string MintHs256()
    {
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = Kid };
        return Mint(d => d.SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
    }

    public static string MintUnsigned()
    {
        static string B64(string s) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(s));
        var exp = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds();
        var payload = $$"""{"iss":"{{Issuer}}","aud":"{{AppId}}","exp":{{exp}},"serviceurl":"{{ServiceUrl}}"}""";
        return B64("""{"alg":"none","typ":"JWT","kid":"test-key-1"}""") + "." + B64(payload) + ".";
    }

    private string Jwks()
    {
        var keys = new JsonArray();
        lock (_published)
        {
            foreach (var (kid, rsa, endorsements) in _published)
            {
                var p = rsa.ExportParameters(false);
                keys.Add(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = kid,
                    ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                    ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)JsonValue.Create(e)).ToArray()),
                });
            }
        }
        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Signer.Dispose();
    }
}
