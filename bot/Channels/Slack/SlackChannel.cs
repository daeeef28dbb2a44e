using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RecruitBot.Channels.Slack.Inbox;
using RecruitBot.Channels.Slack.OAuth;
using RecruitBot.Channels.Slack.Processing;
using RecruitBot.Channels.Slack.Security;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Channels.Slack.WebApi;
using RecruitBot.Cards;
using RecruitBot.Hosting.Storage;

namespace RecruitBot.Channels.Slack;

/// <summary>Host wiring for the Slack channel: <see cref="AddSlackChannel"/> then <see cref="MapSlack"/>.</summary>
public static class SlackChannel
{
    /// <summary>
    /// Keyed TimeProvider for protocol time (signature freshness, leases, OAuth state): always the real clock,
    /// even when the app's business clock is shifted for demos or tests.
    /// </summary>
    public const string ClockKey = "slack-real-clock";

    /// <summary>
    /// Registers options (validated on start), SlackDb and its migration, the Web API client, the inbox and its
    /// worker. Needs <c>AddRecruitBotStorage</c> and an <c>IConversationEngine</c>; renders with RecruitBot.Cards.
    /// </summary>
    public static WebApplicationBuilder AddSlackChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var environment = builder.Environment.EnvironmentName;
        services.AddOptions<SlackOptions>()
            .Bind(builder.Configuration.GetSection(SlackOptions.Section))
            .Validate(o => !(o.DisableSignatureCheck && string.Equals(environment, "Production", StringComparison.OrdinalIgnoreCase)),
                "Slack:DisableSignatureCheck is refused in Production.")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var u) && u.AbsolutePath.EndsWith('/'),
                "Slack:ApiBaseUrl must be an absolute URL ending in '/'.")
            .Validate(o => o.MaxBodyBytes is > 0 and <= 4 * 1024 * 1024, "Slack:MaxBodyBytes must be between 1 byte and 4 MB.")
            .ValidateOnStart();
        services.TryAddKeyedSingleton<TimeProvider>(ClockKey, TimeProvider.System);
        services.AddMemoryCache();
        services.AddCards();
        services.TryAddSingleton<ISlackCardRenderer, CardsSlackRenderer>();
        services.AddRecruitBotDbContext<SlackDb>(builder.Configuration, SlackDb.HistoryTable);
        services.AddHttpClient<SlackWebApiClient>((sp, http) =>
        {
            http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl);
            http.Timeout = TimeSpan.FromSeconds(30);
        });
        services.AddSingleton<SlackRequestReader>();
        services.AddSingleton<SlackInbox>();
        services.AddSingleton(sp => new SlackInboxQueue(sp.GetRequiredService<IOptions<SlackOptions>>().Value.QueueCapacity));
        services.AddSingleton<SlackInboxProcessor>();
        services.AddHostedService<SlackInboxWorker>();
        services.AddSingleton<Recruiting.Privacy.IErasureParticipant, SlackInboxErasure>();
        services.AddSingleton<SlackTokens>();
        services.AddSingleton<SlackConversations>();
        services.AddScoped<SlackUserDirectory>();
        services.AddScoped<SlackMessageFactory>();
        services.AddScoped<SlackReplySender>();
        services.AddScoped<SlackFileSender>();
        services.AddScoped<SlackEventHandler>();
        services.AddScoped<SlackChannelMembership>();
        services.AddScoped<SlackInteractionHandler>();
        services.AddScoped<SlackCommandHandler>();
        return builder;
    }

    /// <summary>Maps /slack/events, /slack/interactions, /slack/commands and the OAuth install routes.</summary>
    public static WebApplication MapSlack(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SlackOptions>>().Value;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackChannel));
        if (!options.Enabled)
            log.LogInformation("Slack is off: set Slack:SigningSecret to enable /slack/events, /slack/interactions and /slack/commands.");
        else if (options.DisableSignatureCheck)
            log.LogWarning("Slack signature checks are DISABLED (development only).");
        app.MapPost(SlackEndpoints.EventsPath, SlackEndpoints.EventsAsync);
        app.MapPost(SlackEndpoints.InteractionsPath, SlackEndpoints.InteractionsAsync);
        app.MapPost(SlackEndpoints.CommandsPath, SlackEndpoints.CommandsAsync);
        SlackOAuthEndpoints.Map(app);
        return app;
    }
}
