using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Nudges.Digest;

namespace RecruitBot.Hosting;

public static class NudgesServiceCollectionExtensions
{
    /// <summary>Nudges: options (validated on start), planners, the scheduler loop (unless Nudges:RunScheduler=false) and the conversation feature.</summary>
    public static IServiceCollection AddNudges(this IServiceCollection services, IConfiguration configuration)
    {
        // Safe to call twice (the host and a test harness): features must not be registered twice.
        if (services.Any(d => d.ServiceType == typeof(NudgePlanner))) return services;
        services.AddOptions<NudgesOptions>().Bind(configuration.GetSection(NudgesOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NudgesOptions>>(new OptionsRules<NudgesOptions>(o => o.Validate()));

        services.AddSingleton<NudgeActionLog>();
        services.AddSingleton<NudgeBoard>();
        services.AddSingleton<NudgePlanner>();
        services.AddSingleton<InProcessLog>();
        services.AddSingleton<TeamChannels>();
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<DigestPlanner>();
        services.AddSingleton<DigestCommands>();
        services.AddSingleton<NudgeFlow>();
        services.AddSingleton<InProcessFlow>();
        services.AddSingleton<NudgeActionRouter>();
        services.AddSingleton<IConversationFeature, NudgeFeature>();

        if (configuration.GetValue($"{NudgesOptions.Section}:{nameof(NudgesOptions.RunScheduler)}", true))
            services.AddHostedService<NudgeScheduler>();
        return services;
    }
}
