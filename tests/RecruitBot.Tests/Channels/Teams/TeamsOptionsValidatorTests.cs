using RecruitBot.Channels.Teams;
using RecruitBot.Channels.Teams.Auth;

namespace RecruitBot.Tests.Channels.Teams;

public sealed class TeamsOptionsValidatorTests
{
    private static readonly BotAppOptions App = new() { MicrosoftAppId = "11111111-2222-3333-4444-555555555555" };

    [Fact]
    public void Check_Defaults_Valid() => Assert.Empty(TeamsOptionsValidator.Check(new TeamsOptions(), App, production: true));

    [Fact]
    public void Check_DisableAuthInProduction_Refused() =>
        Assert.Contains(TeamsOptionsValidator.Check(new TeamsOptions { DisableAuth = true }, App, production: true), e => e.Contains("DisableAuth"));

    [Fact]
    public void Check_DisableAuthInDevelopment_Allowed() =>
        Assert.Empty(TeamsOptionsValidator.Check(new TeamsOptions { DisableAuth = true }, App, production: false));

    [Fact]
    public void Check_NoAppIdInProduction_Refused() =>
        Assert.Contains(TeamsOptionsValidator.Check(new TeamsOptions(), new BotAppOptions(), production: true), e => e.Contains("MicrosoftAppId"));

    [Fact]
    public void Check_SingleTenantWithoutTenant_Refused() =>
        Assert.NotEmpty(TeamsOptionsValidator.Check(new TeamsOptions(), new BotAppOptions { MicrosoftAppId = App.MicrosoftAppId, MicrosoftAppType = "SingleTenant" }, production: false));

    [Fact]
    public void Check_PlainHttpRemoteMetadata_Refused() =>
        Assert.NotEmpty(TeamsOptionsValidator.Check(new TeamsOptions { OpenIdMetadataUrl = "http://login.botframework.com/x" }, App, production: false));

    [Fact]
    public void Authority_SingleTenant_UsesTenant() =>
        Assert.Equal("https://login.microsoftonline.com/tenant-1",
            RecruitBot.Channels.Teams.Outbound.MsalBotTokenProvider.Authority(new BotAppOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "tenant-1" }, new TeamsOptions()));

    [Fact]
    public void Authority_MultiTenant_BotFramework() =>
        Assert.Equal("https://login.microsoftonline.com/botframework.com", RecruitBot.Channels.Teams.Outbound.MsalBotTokenProvider.Authority(App, new TeamsOptions()));
}
