using System.Security.Cryptography;
using RecruitBot.Channels.Teams;
using RecruitBot.Channels.Teams.Auth;
using RecruitBot.Tests.Channels.Teams.Support;
using RecruitBot.Tests.Nudges.Delivery;

namespace RecruitBot.Tests.Channels.Teams.Auth;

/// <summary>A token verified once is remembered; everything that must still be checked per request still is.</summary>
public sealed class BotFrameworkTokenValidatorCacheTests : IAsyncLifetime
{
    private LocalBotFrameworkIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await LocalBotFrameworkIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    private BotFrameworkTokenValidator Validator(TimeProvider? clock = null, TimeSpan? refreshInterval = null)
    {
        var options = new TeamsOptions { OpenIdMetadataUrl = _issuer.MetadataUrl, KeyRefreshInterval = refreshInterval ?? TimeSpan.FromMinutes(1) };
        var app = new BotAppOptions { MicrosoftAppId = LocalBotFrameworkIssuer.AppId };
        return new BotFrameworkTokenValidator(new BotFrameworkKeySource(new HttpClient(), options, TimeProvider.System), app, options, clock ?? TimeProvider.System);
    }

    private static async Task<int> StatusAsync(BotFrameworkTokenValidator validator, string token, string channelId = "msteams", string serviceUrl = LocalBotFrameworkIssuer.ServiceUrl)
    {
        var authenticated = await validator.AuthenticateAsync("Bearer " + token, CancellationToken.None);
        return BotFrameworkTokenValidator.Authorize(authenticated, channelId, serviceUrl).Status;
    }

    [Fact]
    public async Task Authenticate_SameTokenAgain_ServedFromCache()
    {
        var validator = Validator();
        var token = _issuer.Mint();
        var first = await validator.AuthenticateAsync("Bearer " + token, CancellationToken.None);
        var second = await validator.AuthenticateAsync("Bearer " + token, CancellationToken.None);
        Assert.Equal(200, second.Status);
        Assert.Same(first.Identity, second.Identity);
    }

    [Fact]
    public async Task Authenticate_CachedTokenPastExpiry_Unauthorized()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var validator = Validator(clock);
        var token = _issuer.Mint(d => d.Expires = DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(200, await StatusAsync(validator, token));
        clock.Advance(TimeSpan.FromMinutes(7));
        Assert.Equal(401, await StatusAsync(validator, token));
    }

    [Fact]
    public async Task Authorize_CachedTokenOtherServiceUrl_Forbidden()
    {
        var validator = Validator();
        var token = _issuer.Mint();
        Assert.Equal(200, await StatusAsync(validator, token));
        Assert.Equal(403, await StatusAsync(validator, token, serviceUrl: "https://evil.example.com/"));
        Assert.Equal(200, await StatusAsync(validator, token));
    }

    [Fact]
    public async Task Authorize_CachedTokenChannelNotEndorsed_Forbidden()
    {
        var validator = Validator();
        var token = _issuer.Mint();
        Assert.Equal(200, await StatusAsync(validator, token));
        Assert.Equal(403, await StatusAsync(validator, token, channelId: "webchat"));
    }

    [Fact]
    public async Task Authenticate_CachedTokenKeyWithdrawn_UnauthorizedAfterRefresh()
    {
        var validator = Validator(refreshInterval: TimeSpan.Zero);
        var token = _issuer.Mint();
        Assert.Equal(200, await StatusAsync(validator, token));

        // Rollover: the old key goes, a new one comes; a token signed with the new key makes us fetch the new set.
        using var next = RSA.Create(2048);
        _issuer.Withdraw(_issuer.Kid);
        _issuer.Publish("test-key-2", next, "msteams");
        Assert.Equal(200, await StatusAsync(validator, _issuer.Mint(rsa: next, kid: "test-key-2")));

        Assert.Equal(401, await StatusAsync(validator, token));
    }

    [Fact]
    public async Task Authenticate_ForgedTokenAfterGoodOne_StillUnauthorized()
    {
        var validator = Validator();
        Assert.Equal(200, await StatusAsync(validator, _issuer.Mint()));
        using var stranger = RSA.Create(2048);
        var forged = _issuer.Mint(rsa: stranger);
        Assert.Equal(401, await StatusAsync(validator, forged));
        Assert.Equal(401, await StatusAsync(validator, forged));
    }
}
