using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RecruitBot.Cards;
using RecruitBot.Channels.Slack;
using RecruitBot.Channels.Slack.WebApi;
using RecruitBot.Channels.Teams;
using RecruitBot.Channels.Terminal;
using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Nudges.Delivery;

namespace RecruitBot.Hosting;

/// <summary>Outbox delivery: the dispatcher, its options, the channel adapters and the "delivery status" command.</summary>
public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// For the web host. Call after <c>AddTeamsChannel</c> and <c>AddSlackChannel</c>: an adapter is added only for
    /// a channel that is registered (and, for Slack, enabled), so rows of a channel this host cannot reach stay
    /// pending for one that can instead of dying here. Runs the dispatcher loop as a hosted service.
    /// </summary>
    public static WebApplicationBuilder AddDelivery(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDeliveryCore(builder.Configuration);
        if (services.Any(d => d.ServiceType == typeof(TeamsProactiveSender)))
            services.AddSingleton<IProactiveChannel, TeamsProactiveChannel>();
        var slack = builder.Configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();
        if (services.Any(d => d.ServiceType == typeof(SlackWebApiClient)) && slack.Enabled)
            services.AddSingleton<IProactiveChannel, SlackProactiveChannel>();
        services.AddHostedService<OutboxDispatcherService>();
        return builder;
    }

    /// <summary>
    /// For <c>chat</c>: terminal nudges are delivered by printing them to <paramref name="output"/> when the caller
    /// runs <see cref="OutboxDispatcher.DispatchBatchAsync"/> (e.g. at chat start), never from a background loop
    /// that would interleave with the conversation.
    /// </summary>
    public static IServiceCollection AddTerminalDelivery(this IServiceCollection services, IConfiguration configuration, TextWriter output)
    {
        services.AddDeliveryCore(configuration);
        services.AddSingleton<IProactiveChannel>(sp => new TerminalProactiveChannel(sp.GetRequiredService<CardRenderer>(), output));
        return services;
    }

    /// <summary>Options (validated on start), real clock, lease store, dispatcher, admin status; no adapters but the drill file.</summary>
    public static IServiceCollection AddDeliveryCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryOptions>>(
            new OptionsRules<DeliveryOptions>(o => o.Validate())));
        services.TryAddKeyedSingleton<TimeProvider>(DeliveryClock.Key, TimeProvider.System);
        services.TryAddSingleton<OutboxLeases>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<DeliveryStatus>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConversationFeature, DeliveryStatusFeature>());
        if (!string.IsNullOrWhiteSpace(configuration[$"{DeliveryOptions.Section}:{nameof(DeliveryOptions.FileChannelPath)}"]))
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IProactiveChannel, FileProactiveChannel>());
        return services;
    }
}
