using RecruitBot.Channels.Slack.Security;

namespace RecruitBot.Tests.Channels.Slack.Security;

public sealed class SlackGuardsTests
{
    [Fact]
    public void MaySkipSignature_Production_False() => Assert.False(SlackGuards.MaySkipSignature(true, "Production"));

    [Fact]
    public void MaySkipSignature_DevelopmentWithFlag_True() => Assert.True(SlackGuards.MaySkipSignature(true, "Development"));

    [Fact]
    public void MaySkipSignature_FlagOff_False() => Assert.False(SlackGuards.MaySkipSignature(false, "Development"));

    [Fact]
    public void AppIdAllowed_ConfiguredAndDifferent_False() => Assert.False(SlackGuards.AppIdAllowed("A1", "A2"));

    [Fact]
    public void AppIdAllowed_ConfiguredAndMissingInPayload_False() => Assert.False(SlackGuards.AppIdAllowed("A1", null));

    [Fact]
    public void AppIdAllowed_NotConfigured_True() => Assert.True(SlackGuards.AppIdAllowed(null, "A2"));

    [Fact]
    public void TenantKey_EnterpriseGrid_PrefixesEnterprise() => Assert.Equal("E123:T456", SlackGuards.TenantKey("E123", "T456"));

    [Fact]
    public void TenantKey_PlainWorkspace_TeamId() => Assert.Equal("T456", SlackGuards.TenantKey(null, "T456"));

    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "")]
    [InlineData(null, "U456")]
    [InlineData(null, "T45 6")]
    [InlineData("X1", "T456")]
    public void TenantKey_MissingOrMalformed_Null(string? enterprise, string? team) => Assert.Null(SlackGuards.TenantKey(enterprise, team));

    [Fact]
    public void ResponseUrlAllowed_SlackHooks_True() =>
        Assert.True(SlackGuards.ResponseUrlAllowed("https://hooks.slack.com/actions/T1/1/abc", "https://slack.com/api/"));

    [Fact]
    public void ResponseUrlAllowed_OtherHost_False() =>
        Assert.False(SlackGuards.ResponseUrlAllowed("https://evil.example/hook", "https://slack.com/api/"));

    [Fact]
    public void ResponseUrlAllowed_PlainHttpHooks_False() =>
        Assert.False(SlackGuards.ResponseUrlAllowed("http://hooks.slack.com/actions/T1/1/abc", "https://slack.com/api/"));
}
