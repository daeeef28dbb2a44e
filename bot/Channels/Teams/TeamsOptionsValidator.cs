using Microsoft.Extensions.Options;
using RecruitBot.Channels.Teams.Auth;

namespace RecruitBot.Channels.Teams;

/// <summary>
/// Start-up checks: Production never runs without an app id or with authentication switched off, and every
/// security-relevant URL is HTTPS (or loopback for tests).
/// </summary>
public sealed class TeamsOptionsValidator(BotAppOptions app, IHostEnvironment environment) : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var errors = Check(options, app, environment.IsProduction()).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IEnumerable<string> Check(TeamsOptions options, BotAppOptions app, bool production)
    {
        if (production && options.DisableAuth) yield return "Teams:DisableAuth=true is refused in Production.";
        if (production && !app.HasAppId) yield return "MicrosoftAppId is required in Production.";
        if (!app.IsKnownType) yield return $"MicrosoftAppType '{app.MicrosoftAppType}' must be MultiTenant, SingleTenant or UserAssignedMSI.";
        if (app.IsSingleTenant && string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId)) yield return "MicrosoftAppTenantId is required for SingleTenant bots.";
        if (app.HasAppId && !Guid.TryParse(app.MicrosoftAppId, out _)) yield return "MicrosoftAppId must be a GUID.";
        if (!TokenRules.MetadataUrlAllowed(options.OpenIdMetadataUrl)) yield return "Teams:OpenIdMetadataUrl must be HTTPS (or HTTP on loopback).";
        if (!TokenRules.MetadataUrlAllowed(options.TokenAuthority)) yield return "Teams:TokenAuthority must be HTTPS (or HTTP on loopback).";
        if (options.ValidIssuers.Count == 0 || options.ValidIssuers.Any(string.IsNullOrWhiteSpace)) yield return "Teams:ValidIssuers must list at least one issuer.";
        if (options.InlineBudget <= TimeSpan.Zero || options.InlineBudget > TimeSpan.FromSeconds(10)) yield return "Teams:InlineBudget must be between 0 and 10 seconds.";
        if (options.ConnectorMaxAttempts is < 1 or > 10) yield return "Teams:ConnectorMaxAttempts must be 1..10.";
        if (options.TurnWorkers is < 1 or > 1024) yield return "Teams:TurnWorkers must be 1..1024.";
        if (options.TurnQueueLimit is < 1 or > 1_000_000) yield return "Teams:TurnQueueLimit must be 1..1000000.";
        if (options.MaxActivityBytes is < 1024 or > 16 * 1024 * 1024) yield return "Teams:MaxActivityBytes must be 1 KB..16 MB.";
    }
}
