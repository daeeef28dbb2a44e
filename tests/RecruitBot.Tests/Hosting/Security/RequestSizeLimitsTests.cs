using RecruitBot.Hosting.Security;

namespace RecruitBot.Tests.Hosting.Security;

public sealed class RequestSizeLimitsTests
{
    private static readonly SecurityOptions Options = new();

    [Fact]
    public void LimitFor_ListedPath_UsesItsOverride() => Assert.Equal(256 * 1024, RequestSizeLimits.LimitFor(Options, "/slack/events"));

    [Fact]
    public void LimitFor_UnlistedPath_UsesDefault() => Assert.Equal(Options.MaxRequestBytes, RequestSizeLimits.LimitFor(Options, "/api/messages"));

    [Fact]
    public void LimitFor_TrailingSlashOrOtherCase_StillMatchesOverride() =>
        Assert.Equal(64 * 1024, RequestSizeLimits.LimitFor(Options, "/SLACK/commands/"));

    [Fact]
    public void DeclaredTooLarge_OverLimit_True() => Assert.True(RequestSizeLimits.DeclaredTooLarge(1025, 1024));

    [Fact]
    public void DeclaredTooLarge_AtLimit_False() => Assert.False(RequestSizeLimits.DeclaredTooLarge(1024, 1024));

    [Fact]
    public void DeclaredTooLarge_NoLength_FalseSoTheStreamCapDecides() => Assert.False(RequestSizeLimits.DeclaredTooLarge(null, 1024));

    [Fact]
    public void DeclaredTooLarge_NegativeLength_True() => Assert.True(RequestSizeLimits.DeclaredTooLarge(-1, 1024));

    [Fact]
    public void Validate_RouteKeyWithoutSlash_Fails()
    {
        var options = new SecurityOptions();
        options.RouteMaxRequestBytes["slack/events"] = 10;
        Assert.Contains(options.Validate(), e => e.Contains("slack/events", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Defaults_Pass() => Assert.Empty(new SecurityOptions().Validate());
}
