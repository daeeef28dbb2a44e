using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RecruitBot.Channels.Slack.Processing;
using RecruitBot.Channels.Slack.Security;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Channels.Slack.WebApi;

namespace RecruitBot.Channels.Slack.OAuth;

/// <summary>
/// Multi-workspace install (https://api.slack.com/authentication/oauth-v2): /slack/oauth/start redirects to Slack's
/// authorize page; /slack/oauth/callback exchanges the code with oauth.v2.access and stores the team's bot token.
/// The tenant is taken from Slack's answer to our authenticated exchange, never from the browser's query string.
/// </summary>
public static class SlackOAuthEndpoints
{
    public const string StartPath = "/slack/oauth/start";
    public const string CallbackPath = "/slack/oauth/callback";
    private const string Cookie = "slack_oauth_state";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(StartPath, Start);
        app.MapGet(CallbackPath, CallbackAsync);
    }

    private static IResult Start(HttpContext http, IOptions<SlackOptions> options, [FromKeyedServices(SlackChannel.ClockKey)] TimeProvider clock)
    {
        var o = options.Value;
        if (!o.Enabled || string.IsNullOrEmpty(o.ClientId) || string.IsNullOrEmpty(o.ClientSecret)) return Results.NotFound();
        var state = SlackOAuthState.Create(o.ClientSecret, clock.GetUtcNow(), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        http.Response.Cookies.Append(Cookie, state, new CookieOptions
        {
            HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, MaxAge = SlackOAuthState.Lifetime, Path = CallbackPath,
        });
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["client_id"] = o.ClientId,
            ["scope"] = string.Join(',', SlackScopes.For(o.ListenInChannels)),
            ["state"] = state,
            ["redirect_uri"] = RedirectUri(http),
        });
        return Results.Redirect(o.AuthorizeUrl + query);
    }

    private static async Task<IResult> CallbackAsync(HttpContext http, IOptions<SlackOptions> options, SlackWebApiClient api,
        SlackTokens tokens, [FromKeyedServices(SlackChannel.ClockKey)] TimeProvider clock, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled || string.IsNullOrEmpty(o.ClientId) || string.IsNullOrEmpty(o.ClientSecret)) return Results.NotFound();
        var state = http.Request.Query["state"].ToString();
        var cookie = http.Request.Cookies[Cookie];
        if (!string.Equals(state, cookie, StringComparison.Ordinal) || !SlackOAuthState.IsValid(state, o.ClientSecret, clock.GetUtcNow()))
            return Results.BadRequest("This install link expired or was not started here. Start again from /slack/oauth/start.");
        http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = CallbackPath });
        var code = http.Request.Query["code"].ToString();
        if (code.Length == 0) return Results.BadRequest("Slack did not send an authorization code (install cancelled?).");

        SlackOAuthAccess access;
        try
        {
            access = await api.OAuthV2AccessAsync(o.ClientId, o.ClientSecret, code, RedirectUri(http), ct);
        }
        catch (SlackApiException ex)
        {
            return Results.BadRequest($"Slack refused the install: {ex.Error}");
        }
        var tenant = SlackGuards.TenantKey(access.Enterprise?.Id, access.Team?.Id);
        if (tenant is null || string.IsNullOrEmpty(access.AccessToken) || !SlackGuards.AppIdAllowed(o.AppId, access.AppId))
            return Results.BadRequest("Slack's answer did not name a workspace for this app.");
        await tokens.SaveAsync(new SlackInstallation
        {
            TenantId = tenant, TeamId = access.Team!.Id!, EnterpriseId = access.Enterprise?.Id, TeamName = access.Team.Name,
            BotToken = access.AccessToken, BotUserId = access.BotUserId, AppId = access.AppId, Scopes = access.Scope,
            InstalledAtUtc = clock.GetUtcNow().UtcDateTime,
        }, ct);
        return Results.Text($"RecruitBot is installed in {access.Team.Name ?? access.Team.Id}. You can close this tab.", "text/plain");
    }

    private static string RedirectUri(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{CallbackPath}";
}
