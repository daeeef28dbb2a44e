namespace RecruitBot.Hosting.Security;

/// <summary>
/// Start-up checks on credentials the channels need but do not insist on themselves: a configured channel without
/// its secret would start and then fail on the first request (or silently stay off). Each message names the setting.
/// </summary>
public static class SecretRules
{
    public static IEnumerable<string> Check(IConfiguration c, bool production)
    {
        var appId = c["MicrosoftAppId"];
        var msi = string.Equals(c["MicrosoftAppType"], "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (production && Set(appId) && !msi && !Set(c["MicrosoftAppPassword"]))
            yield return "MicrosoftAppPassword is required in Production when MicrosoftAppId is set (Teams replies need the bot's credential).";

        var unsignedDev = !production && bool.TryParse(c["Slack:DisableSignatureCheck"], out var off) && off;
        if (Set(c["Slack:BotToken"]) && !Set(c["Slack:SigningSecret"]) && !unsignedDev)
            yield return "Slack:SigningSecret is required when Slack:BotToken is set (every Slack request must be verified).";
        if (Set(c["Slack:ClientId"]) && !Set(c["Slack:ClientSecret"]))
            yield return "Slack:ClientSecret is required when Slack:ClientId is set (OAuth install).";
        if (Set(c["Slack:ClientId"]) && !Set(c["Slack:SigningSecret"]) && !unsignedDev)
            yield return "Slack:SigningSecret is required when Slack:ClientId is set (every Slack request must be verified).";
        if (production && Set(c["Slack:ClientId"]) && !Set(c["Slack:TokenEncryptionKey"]))
            yield return "Slack:TokenEncryptionKey is required in Production when Slack:ClientId is set (installed bot tokens are sealed at rest).";
        if (Set(c["Slack:TokenEncryptionKey"]) && Channels.Slack.Security.SlackTokenCipher.ParseKey(c["Slack:TokenEncryptionKey"]) is null)
            yield return "Slack:TokenEncryptionKey must be base64 of 32 bytes (e.g. openssl rand -base64 32).";
        if (production && Set(c["Slack:BotToken"]) && !c["Slack:BotToken"]!.StartsWith("xoxb-", StringComparison.Ordinal))
            yield return "Slack:BotToken must be a bot token (xoxb-…).";
    }

    private static bool Set(string? value) => !string.IsNullOrWhiteSpace(value);
}
