using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RecruitBot.Cards;
using RecruitBot.Channels.Teams.Auth;
using RecruitBot.Channels.Teams.Files;
using RecruitBot.Channels.Teams.Outbound;
using RecruitBot.Channels.Teams.Storage;
using RecruitBot.Conversation;
using RecruitBot.Hosting.Storage;

namespace RecruitBot.Channels.Teams;

/// <summary>Wires the Teams channel: <c>builder.AddTeamsChannel()</c> then <c>app.MapTeams()</c>.</summary>
public static class TeamsChannelExtensions
{
    public const string MessagesRoute = "/api/messages";
    public const string DevProactiveRoute = "/api/teams/dev/proactive";

    /// <summary>Bot Connector tokens are large; Authorization headers up to 32 KB must reach the validator.</summary>
    public const int MaxHeaderBytes = 64 * 1024;

    public static WebApplicationBuilder AddTeamsChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.Configure<KestrelServerOptions>(k =>
        {
            k.Limits.MaxRequestHeadersTotalSize = Math.Max(k.Limits.MaxRequestHeadersTotalSize, MaxHeaderBytes);
            k.Limits.Http2.MaxRequestHeaderFieldSize = Math.Max(k.Limits.Http2.MaxRequestHeaderFieldSize, MaxHeaderBytes);
            k.Limits.Http3.MaxRequestHeaderFieldSize = Math.Max(k.Limits.Http3.MaxRequestHeaderFieldSize, MaxHeaderBytes);
        });

        services.AddOptions<BotAppOptions>().Bind(configuration);
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>>(sp =>
            new TeamsOptionsValidator(sp.GetRequiredService<BotAppOptions>(), sp.GetRequiredService<IHostEnvironment>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<BotAppOptions>>().Value);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<TeamsOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddRecruitBotDbContext<TeamsDb>(configuration, TeamsDb.HistoryTable);
        services.AddCards();

        // Security and delivery timing run on the real clock, whatever business clock the host registers.
        services.TryAddSingleton(sp => new TeamsConversationStore(sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TeamsDb>>(), TimeProvider.System));
        services.TryAddSingleton(sp => new BotFrameworkKeySource(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(10) },
            sp.GetRequiredService<TeamsOptions>(), TimeProvider.System));
        services.TryAddSingleton(sp => new BotFrameworkTokenValidator(sp.GetRequiredService<BotFrameworkKeySource>(),
            sp.GetRequiredService<BotAppOptions>(), sp.GetRequiredService<TeamsOptions>(), TimeProvider.System));
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        // No per-request logging handlers: two logger scopes per reply for lines that are off in production anyway;
        // failures still surface as exceptions the turn handler logs.
        services.AddHttpClient<BotConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .RemoveAllLoggers()
            .AddTypedClient((http, sp) => new BotConnectorClient(http, sp.GetRequiredService<IBotTokenProvider>(), sp.GetRequiredService<TeamsOptions>(), TimeProvider.System));
        services.TryAddSingleton<TeamsReplyFactory>();
        services.TryAddSingleton<BackgroundTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundTurns>());
        services.TryAddTransient<TeamsTurnHandler>();
        services.TryAddSingleton<TeamsTeamChannels>();
        services.TryAddTransient<TeamsProactiveSender>();
        services.AddTeamsFiles();
        return builder;
    }

    public static WebApplication MapTeams(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<TeamsOptions>();
        if (options.DisableAuth)
            app.Logger.LogWarning("Teams authentication is DISABLED (Teams:DisableAuth=true): any caller can post activities. Development only.");
        app.MapPost(MessagesRoute, TeamsEndpoint.HandleAsync);
        if (options.DisableAuth && app.Environment.IsDevelopment()) app.MapPost(DevProactiveRoute, DevProactiveAsync);
        return app;
    }

    /// <summary>
    /// Development-only, loopback-only trigger for a proactive message (the Playground end-to-end test uses it).
    /// Mapped only when auth is disabled in Development, which Production refuses at start-up.
    /// </summary>
    private static async Task<IResult> DevProactiveAsync(HttpContext ctx, DevProactiveRequest request, TeamsProactiveSender sender)
    {
        if (ctx.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip)) return Results.StatusCode(403);
        if (string.IsNullOrWhiteSpace(request.TenantId) || string.IsNullOrWhiteSpace(request.Text)) return Results.BadRequest();
        var reply = new TextReply(request.Text);
        var result = request.ConversationId is { Length: > 0 } conversation
            ? await sender.SendAsync(request.TenantId, conversation, reply, ctx.RequestAborted)
            : request.UserId is { Length: > 0 } user ? await sender.SendToUserAsync(request.TenantId, user, reply, ctx.RequestAborted)
            : null;
        return result is null ? Results.BadRequest() : Results.Json(new { status = result.Status.ToString(), result.ConversationId, result.ActivityId });
    }
}
