using Microsoft.Extensions.Options;
using RecruitBot.Tests.Channels.Teams.Support;

namespace RecruitBot.Tests.Channels.Teams;

public sealed class TeamsStartupTests
{
    [Fact]
    public async Task Start_DisableAuthInProduction_Fails() =>
        await Assert.ThrowsAsync<OptionsValidationException>(() => TeamsTestHost.StartAsync(
            "https://login.botframework.com/v1/.well-known/openidconfiguration",
            new Dictionary<string, string?> { ["Teams:DisableAuth"] = "true" }, environment: "Production"));

    [Fact]
    public async Task Start_NoAppIdInProduction_Fails() =>
        await Assert.ThrowsAsync<OptionsValidationException>(() => TeamsTestHost.StartAsync(
            "https://login.botframework.com/v1/.well-known/openidconfiguration",
            new Dictionary<string, string?> { ["MicrosoftAppId"] = "" }, environment: "Production"));
}
