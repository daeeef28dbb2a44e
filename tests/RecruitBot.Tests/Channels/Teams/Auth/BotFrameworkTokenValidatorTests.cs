using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using RecruitBot.Channels.Teams;
using RecruitBot.Channels.Teams.Auth;
using RecruitBot.Tests.Channels.Teams.Support;

namespace RecruitBot.Tests.Channels.Teams.Auth;

public sealed class BotFrameworkTokenValidatorTests : IAsyncLifetime
{
    private LocalBotFrameworkIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await LocalBotFrameworkIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    private BotFrameworkTokenValidator Validator(TimeSpan? refreshInterval = null) => Validator(_issuer.MetadataUrl, refreshInterval);

    private static BotFrameworkTokenValidator Validator(string metadataUrl, TimeSpan? refreshInterval = null)
    {
        var options = new TeamsOptions { OpenIdMetadataUrl = metadataUrl, KeyRefreshInterval = refreshInterval ?? TimeSpan.FromMinutes(1) };
        var app = new BotAppOptions { MicrosoftAppId = LocalBotFrameworkIssuer.AppId };
        return new BotFrameworkTokenValidator(new BotFrameworkKeySource(new HttpClient(), options, TimeProvider.System), app, options, TimeProvider.System);
    }

    private async Task<int> StatusAsync(string? header, string channelId = "msteams", string serviceUrl = LocalBotFrameworkIssuer.ServiceUrl, BotFrameworkTokenValidator? validator = null)
    {
        var authenticated = await (validator ?? Validator()).AuthenticateAsync(header, CancellationToken.None);
        return BotFrameworkTokenValidator.Authorize(authenticated, channelId, serviceUrl).Status;
    }

    [Fact]
    public async Task Authenticate_ValidToken_Accepted() =>
        Assert.Equal(200, await StatusAsync("Bearer " + _issuer.Mint()));

    [Fact]
    public async Task Authenticate_NoHeader_Unauthorized() => Assert.Equal(401, await StatusAsync(null));

    [Fact]
    public async Task Authenticate_BearerAlone_Unauthorized() => Assert.Equal(401, await StatusAsync("Bearer"));

    [Fact]
    public async Task Authenticate_OtherScheme_Unauthorized() => Assert.Equal(401, await StatusAsync("Basic " + _issuer.Mint()));

    [Fact]
    public async Task Authenticate_Garbage_Unauthorized() => Assert.Equal(401, await StatusAsync("Bearer not.a.jwt~~~"));

    [Fact]
    public async Task Authenticate_WrongIssuer_Unauthorized() =>
        Assert.Equal(401, await StatusAsync("Bearer " + _issuer.Mint(d => d.Issuer = "https://sts.windows.net/evil/")));

    [Fact]
    public async Task Authenticate_WrongAudience_Unauthorized() =>
        Assert.Equal(401, await StatusAsync("Bearer " + _issuer.Mint(d => d.Audience = "99999999-2222-3333-4444-555555555555")));

    [Fact]
    public async Task Authenticate_MissingAudience_Unauthorized() =>
        Assert.Equal(401, await StatusAsync("Bearer " + _issuer.Mint(d => d.Audience = null)));

    [Fact]
    public async Task Authenticate_Expired_Unauthorized() =>
        Assert.Equal(401, await StatusAsync("Bearer " + _issuer.Mint(d =>
        {
            d.NotBefore = DateTime.UtcNow.AddHours(-2);
            d.IssuedAt = d.NotBefore;
            d.Expires = DateTime.UtcNow.AddMinutes(-6);
        })));

    [Fact]
    public async Task Authenticate_NotYetValid_Unauthorized() =>
        Assert.Equal(401, await StatusAsync("Bearer " + _issuer.Mint(d =>
        {
            d.NotBefore = DateTime.UtcNow.AddMinutes(6);
            d.IssuedAt = d.NotBefore;
            d.Expires = DateTime.UtcNow.AddHours(1);
        })));

    [Fact]
    public async Task Authenticate_ExpiredWithinSkew_Accepted() =>
        Assert.Equal(200, await StatusAsync("Bearer " + _issuer.Mint(d =>
        {
            d.NotBefore = DateTime.UtcNow.AddHours(-1);
            d.IssuedAt = d.NotBefore;
            d.Expires = DateTime.UtcNow.AddMinutes(-4);
        })));

    [Fact]
    public async Task Authenticate_AlgNone_Unauthorized() =>
        Assert.Equal(401, await StatusAsync("Bearer " + LocalBotFrameworkIssuer.MintUnsigned()));

    [Fact]
    public async Task Authenticate_Hs256_Unauthorized() => Assert.Equal(401, await StatusAsync("Bearer " + _issuer.MintHs256()));

    [Fact]
    public async Task Authenticate_UnknownKid_Unauthorized()
    {
        using var stranger = RSA.Create(2048);
        Assert.Equal(401, await StatusAsync("Bearer " + _issuer.Mint(rsa: stranger, kid: "never-published")));
    }

    [Fact]
    public async Task Authenticate_ForgedSignatureForKnownKid_Unauthorized()
    {
        using var stranger = RSA.Create(2048);
        Assert.Equal(401, await StatusAsync("Bearer " + _issuer.Mint(rsa: stranger)));
    }

    [Fact]
    public async Task Authenticate_KeyNotEndorsedForTeams_Forbidden()
    {
        using var slackOnly = RSA.Create(2048);
        _issuer.Publish("slack-only", slackOnly, "slack");
        Assert.Equal(403, await StatusAsync("Bearer " + _issuer.Mint(rsa: slackOnly, kid: "slack-only")));
    }

    [Fact]
    public async Task Authorize_ChannelIdNotEndorsed_Forbidden() =>
        Assert.Equal(403, await StatusAsync("Bearer " + _issuer.Mint(), channelId: "webchat"));

    [Fact]
    public async Task Authenticate_ServiceUrlClaimMissing_Forbidden() =>
        Assert.Equal(403, await StatusAsync("Bearer " + _issuer.Mint(d => d.Claims = new Dictionary<string, object>())));

    [Fact]
    public async Task Authenticate_ServiceUrlMismatch_Forbidden() =>
        Assert.Equal(403, await StatusAsync("Bearer " + _issuer.Mint(), serviceUrl: "https://evil.example.com/"));

    [Fact]
    public async Task Authenticate_KeyRotatedAfterCache_RefreshesOnceAndAccepts()
    {
        var validator = Validator();
        Assert.Equal(200, await StatusAsync("Bearer " + _issuer.Mint(), validator: validator));
        using var next = RSA.Create(2048);
        _issuer.Publish("rotated", next, "msteams");
        Assert.Equal(200, await StatusAsync("Bearer " + _issuer.Mint(rsa: next, kid: "rotated"), validator: validator));
    }

    [Fact]
    public async Task Authenticate_RepeatedUnknownKids_RefreshRateLimited()
    {
        var validator = Validator(TimeSpan.FromMinutes(10));
        using var stranger = RSA.Create(2048);
        await StatusAsync("Bearer " + _issuer.Mint(), validator: validator);
        var before = _issuer.MetadataHits;
        for (var i = 0; i < 5; i++)
            Assert.Equal(401, await StatusAsync("Bearer " + _issuer.Mint(rsa: stranger, kid: "forged-" + i), validator: validator));
        Assert.True(_issuer.MetadataHits - before <= 1, $"metadata fetched {_issuer.MetadataHits - before} times");
    }

    [Fact]
    public async Task Authenticate_MetadataDownNoCache_ServiceUnavailable()
    {
        _issuer.Down = true;
        Assert.Equal(503, await StatusAsync("Bearer " + _issuer.Mint()));
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachable_NeverAccepts()
    {
        var status = await StatusAsync("Bearer " + _issuer.Mint(), validator: Validator("http://127.0.0.1:1/v1/.well-known/openidconfiguration"));
        Assert.Contains(status, new[] { 401, 503 });
    }

    [Fact]
    public void KeySource_PlainHttpRemoteMetadata_Refused() =>
        Assert.Throws<InvalidOperationException>(() => Validator("http://login.botframework.com/v1/.well-known/openidconfiguration"));

    [Fact]
    public async Task Authenticate_Rs512_Accepted() =>
        Assert.Equal(200, await StatusAsync("Bearer " + _issuer.Mint(alg: SecurityAlgorithms.RsaSha512)));
}
