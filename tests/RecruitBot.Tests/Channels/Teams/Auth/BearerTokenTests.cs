using RecruitBot.Channels.Teams.Auth;

namespace RecruitBot.Tests.Channels.Teams.Auth;

public sealed class BearerTokenTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic abc")]
    [InlineData("Bearer a b")]
    [InlineData("Bearerabc")]
    public void Extract_NotABearerToken_Null(string? header) => Assert.Null(BearerToken.Extract(header));

    [Fact]
    public void Extract_BearerToken_Token() => Assert.Equal("abc.def.ghi", BearerToken.Extract("Bearer abc.def.ghi"));

    [Fact]
    public void Extract_LowercaseScheme_Token() => Assert.Equal("abc", BearerToken.Extract("bearer abc"));
}
