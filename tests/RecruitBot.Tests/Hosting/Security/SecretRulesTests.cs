using Microsoft.Extensions.Configuration;
using RecruitBot.Hosting.Security;

namespace RecruitBot.Tests.Hosting.Security;

public sealed class SecretRulesTests
{
    private static List<string> Check(bool production, params (string Key, string Value)[] settings) =>
        SecretRules.Check(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(), production).ToList();

    [Fact]
    public void Check_ProductionAppIdWithoutPassword_NamesMicrosoftAppPassword() =>
        Assert.Contains(Check(true, ("MicrosoftAppId", "id")), e => e.StartsWith("MicrosoftAppPassword", StringComparison.Ordinal));

    [Fact]
    public void Check_ProductionManagedIdentityWithoutPassword_Passes() =>
        Assert.Empty(Check(true, ("MicrosoftAppId", "id"), ("MicrosoftAppType", "UserAssignedMSI")));

    [Fact]
    public void Check_DevelopmentAppIdWithoutPassword_PassesForEmulators() => Assert.Empty(Check(false, ("MicrosoftAppId", "id")));

    [Fact]
    public void Check_BotTokenWithoutSigningSecret_NamesSigningSecret() =>
        Assert.Contains(Check(false, ("Slack:BotToken", "xoxb-1")), e => e.StartsWith("Slack:SigningSecret", StringComparison.Ordinal));

    [Fact]
    public void Check_BotTokenWithoutSecretButUnsignedDevelopment_Passes() =>
        Assert.Empty(Check(false, ("Slack:BotToken", "xoxb-1"), ("Slack:DisableSignatureCheck", "true")));

    [Fact]
    public void Check_ClientIdWithoutClientSecret_NamesClientSecret() =>
        Assert.Contains(Check(false, ("Slack:ClientId", "1.2"), ("Slack:SigningSecret", "s")), e => e.StartsWith("Slack:ClientSecret", StringComparison.Ordinal));

    [Fact]
    public void Check_ProductionUserToken_Refused() =>
        Assert.Contains(Check(true, ("Slack:BotToken", "xoxp-1"), ("Slack:SigningSecret", "s")), e => e.StartsWith("Slack:BotToken", StringComparison.Ordinal));

    [Fact]
    public void Check_CompleteConfiguration_Passes() =>
        Assert.Empty(Check(true, ("MicrosoftAppId", "id"), ("MicrosoftAppPassword", "p"), ("Slack:BotToken", "xoxb-1"), ("Slack:SigningSecret", "s")));

    [Fact]
    public void Check_ProductionOAuthWithoutTokenKey_NamesTokenEncryptionKey() =>
        Assert.Contains(Check(true, ("Slack:ClientId", "1.2"), ("Slack:ClientSecret", "c"), ("Slack:SigningSecret", "s")),
            e => e.StartsWith("Slack:TokenEncryptionKey is required", StringComparison.Ordinal));

    [Fact]
    public void Check_TokenKeyNot32Bytes_NamesTokenEncryptionKey() =>
        Assert.Contains(Check(false, ("Slack:TokenEncryptionKey", Convert.ToBase64String(new byte[16]))),
            e => e.StartsWith("Slack:TokenEncryptionKey must be", StringComparison.Ordinal));

    [Fact]
    public void Check_ProductionOAuthWithTokenKey_Passes() =>
        Assert.Empty(Check(true, ("Slack:ClientId", "1.2"), ("Slack:ClientSecret", "c"), ("Slack:SigningSecret", "s"),
            ("Slack:TokenEncryptionKey", Convert.ToBase64String(new byte[32]))));
}
