using Microsoft.AspNetCore.Builder;
using RecruitBot.Hosting;
using RecruitBot.Tests.Hosting.Security.Support;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Hosting.Security;

/// <summary>The web host refuses to start in Production with a configured channel missing its secret, naming the setting.</summary>
public sealed class SecretsStartupTests
{
    private static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:RecruitBot"] = $"Data Source={SqliteSchema.NewFile()}",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "app-password",
        };
        foreach (var (k, v) in extra) settings[k] = v;
        return settings;
    }

    private static async Task<string> StartFailureAsync(Dictionary<string, string?> settings)
    {
        await using var app = FullBotHost.Build(settings, "Production");
        await app.MigrateDatabaseAsync();
        var e = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());
        return e.ToString();
    }

    [Fact]
    public async Task Start_ProductionTeamsWithoutAppPassword_FailsNamingMicrosoftAppPassword() =>
        Assert.Contains("MicrosoftAppPassword is required", await StartFailureAsync(Settings(("MicrosoftAppPassword", null))));

    [Fact]
    public async Task Start_ProductionSlackBotTokenWithoutSigningSecret_FailsNamingSigningSecret() =>
        Assert.Contains("Slack:SigningSecret is required", await StartFailureAsync(Settings(("Slack:BotToken", "xoxb-1"))));

    [Fact]
    public async Task Start_ProductionCompleteSecrets_Starts()
    {
        await using var app = FullBotHost.Build(Settings(("Slack:BotToken", "xoxb-1"), ("Slack:SigningSecret", "secret")), "Production");
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        await app.StopAsync();
    }
}
