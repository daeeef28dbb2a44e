using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsLoad;

/// <summary>
/// Stands in for login.botframework.com on 127.0.0.1: OpenID metadata and a JWKS with one RSA key endorsed for
/// msteams, plus minting of channel tokens (issuer api.botframework.com, audience = app id, serviceurl claim).
/// </summary>
public sealed class LocalIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private const string Kid = "bench-key-1";

    private readonly WebApplication _app;
    private readonly RSA _rsa;

    public string MetadataUrl { get; }

    private LocalIssuer(WebApplication app, RSA rsa, string baseUrl)
    {
        _app = app;
        _rsa = rsa;
        MetadataUrl = baseUrl + "/.well-known/openidconfiguration";
    }

    public static async Task<LocalIssuer> StartAsync()
    {
        var rsa = RSA.Create(2048);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/.well-known/openidconfiguration", (HttpContext ctx) => Results.Text(new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = $"http://127.0.0.1:{ctx.Connection.LocalPort}/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString(), "application/json"));
        app.MapGet("/.well-known/keys", () => Results.Text(Jwks(rsa), "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalIssuer(app, rsa, address);
    }

    /// <summary>One token for the whole run, as the channel caches its token for its lifetime.</summary>
    public string Mint(string appId, string serviceUrl)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(60),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = Kid }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static string Jwks(RSA rsa)
    {
        var p = rsa.ExportParameters(false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        };
        return new JsonObject { ["keys"] = new JsonArray(key) }.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
