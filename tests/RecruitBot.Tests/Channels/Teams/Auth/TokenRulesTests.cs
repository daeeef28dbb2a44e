using System.Text.Json;
using RecruitBot.Channels.Teams.Auth;

namespace RecruitBot.Tests.Channels.Teams.Auth;

public sealed class TokenRulesTests
{
    private static readonly DateTime Now = new(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("RS256", true)]
    [InlineData("RS384", true)]
    [InlineData("RS512", true)]
    [InlineData("none", false)]
    [InlineData("HS256", false)]
    [InlineData("rs256", false)]
    [InlineData(null, false)]
    public void AlgorithmAllowed_Algorithm_OnlyRsa(string? alg, bool expected) => Assert.Equal(expected, TokenRules.AlgorithmAllowed(alg));

    [Fact]
    public void IssuerValid_Listed_True() => Assert.True(TokenRules.IssuerValid("https://api.botframework.com", ["https://api.botframework.com"]));

    [Fact]
    public void IssuerValid_MissingOrOther_False()
    {
        Assert.False(TokenRules.IssuerValid(null, ["https://api.botframework.com"]));
        Assert.False(TokenRules.IssuerValid("https://api.botframework.com/", ["https://api.botframework.com"]));
    }

    [Fact]
    public void AudienceValid_NoAppIdConfigured_False() => Assert.False(TokenRules.AudienceValid(["x"], null));

    [Fact]
    public void AudienceValid_Empty_False() => Assert.False(TokenRules.AudienceValid([], "app"));

    [Fact]
    public void LifetimeValid_NoExpiry_False() => Assert.False(TokenRules.LifetimeValid(null, null, Now, Skew));

    [Fact]
    public void LifetimeValid_ExpiredBeyondSkew_False() => Assert.False(TokenRules.LifetimeValid(null, Now.AddMinutes(-5).AddSeconds(-1), Now, Skew));

    [Fact]
    public void LifetimeValid_ExpiredWithinSkew_True() => Assert.True(TokenRules.LifetimeValid(null, Now.AddMinutes(-4), Now, Skew));

    [Fact]
    public void LifetimeValid_NotBeforeBeyondSkew_False() => Assert.False(TokenRules.LifetimeValid(Now.AddMinutes(6), Now.AddHours(1), Now, Skew));

    [Fact]
    public void LifetimeValid_NotBeforeAfterExpiry_False() => Assert.False(TokenRules.LifetimeValid(Now.AddMinutes(2), Now.AddMinutes(1), Now, Skew));

    [Fact]
    public void Endorsed_ChannelListed_True() => Assert.True(TokenRules.Endorsed(["msteams", "emulator"], "msteams"));

    [Fact]
    public void Endorsed_MissingChannel_False()
    {
        Assert.False(TokenRules.Endorsed(["slack"], "msteams"));
        Assert.False(TokenRules.Endorsed(["msteams"], null));
    }

    [Fact]
    public void ServiceUrlMatches_Equal_True() => Assert.True(TokenRules.ServiceUrlMatches("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/"));

    [Fact]
    public void ServiceUrlMatches_MissingOrDifferent_False()
    {
        Assert.False(TokenRules.ServiceUrlMatches(null, "https://smba.trafficmanager.net/amer/"));
        Assert.False(TokenRules.ServiceUrlMatches("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net.evil/amer/"));
    }

    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5000/meta", true)]
    [InlineData("http://localhost:5000/meta", true)]
    [InlineData("http://login.botframework.com/meta", false)]
    [InlineData("http://127.0.0.1.evil.com/meta", false)]
    [InlineData("ftp://127.0.0.1/meta", false)]
    [InlineData("not a url", false)]
    public void MetadataUrlAllowed_Url_HttpsOrLoopback(string url, bool expected) => Assert.Equal(expected, TokenRules.MetadataUrlAllowed(url));

    [Fact]
    public void ReadEndorsements_JsonArray_Strings() =>
        Assert.Equal(["msteams", "slack"], TokenRules.ReadEndorsements(JsonDocument.Parse("""["msteams","slack"]""").RootElement));

    [Fact]
    public void ReadEndorsements_NullOrNumber_Empty()
    {
        Assert.Empty(TokenRules.ReadEndorsements(null));
        Assert.Empty(TokenRules.ReadEndorsements(JsonDocument.Parse("42").RootElement));
    }
}
