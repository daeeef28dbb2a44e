using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using RecruitBot.Channels.Teams.Auth;
using RecruitBot.Channels.Teams.Wire;

namespace RecruitBot.Channels.Teams;

/// <summary>
/// <c>POST /api/messages</c>: authenticate the token before reading the body, bind the token to the activity,
/// then hand the activity to <see cref="TeamsTurnHandler"/>. Rejections are 401/403 (503 when keys are
/// unavailable); malformed bodies 400; nothing an unauthenticated caller sends reaches the engine.
/// </summary>
public static class TeamsEndpoint
{
    public static async Task HandleAsync(HttpContext ctx)
    {
        var services = ctx.RequestServices;
        var options = services.GetRequiredService<TeamsOptions>();
        var ct = ctx.RequestAborted;

        AuthResult? auth = null;
        if (!options.DisableAuth)
        {
            auth = await services.GetRequiredService<BotFrameworkTokenValidator>().AuthenticateAsync(ctx.Request.Headers.Authorization.ToString(), ct);
            if (!auth.Accepted)
            {
                Reject(ctx, auth);
                return;
            }
        }

        var activity = await ReadActivityAsync(ctx, options.MaxActivityBytes);
        if (activity is null) return;

        if (auth is not null)
        {
            auth = BotFrameworkTokenValidator.Authorize(auth, activity.ChannelId, activity.ServiceUrl);
            if (!auth.Accepted)
            {
                Reject(ctx, auth);
                return;
            }
        }
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var response = await services.GetRequiredService<TeamsTurnHandler>().HandleAsync(activity, ct);
        ctx.Response.StatusCode = response.Status;
        if (response.RetryAfterSeconds is { } retry) ctx.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (response.Body is not null)
        {
            ctx.Response.ContentType = "application/json; charset=utf-8";
            await ctx.Response.WriteAsync(response.Body.ToJsonString(TeamsJson.Options), ct);
        }
    }

    private static async Task<Activity?> ReadActivityAsync(HttpContext ctx, int maxBytes)
    {
        if (ctx.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        if (ctx.Request.ContentLength > maxBytes)
        {
            ctx.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }
        try
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(ctx.Request.Body, TeamsJson.Options, ctx.RequestAborted);
            if (activity is not null) return activity;
        }
        catch (JsonException)
        {
        }
        catch (BadHttpRequestException e)
        {
            ctx.Response.StatusCode = e.StatusCode;
            return null;
        }
        ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
        return null;
    }

    private static void Reject(HttpContext ctx, AuthResult auth)
    {
        ctx.Response.StatusCode = auth.Status;
        if (auth.Status == StatusCodes.Status401Unauthorized) ctx.Response.Headers.WWWAuthenticate = "Bearer";
        ctx.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TeamsEndpoint))
            .LogInformation("Teams request rejected ({Status}): {Reason}", auth.Status, auth.Reason);
    }
}
