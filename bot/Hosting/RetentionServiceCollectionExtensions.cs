using Microsoft.Extensions.Options;
using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Hosting;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>
    /// Retention and consent (issue 7): options (validated on start), the per-tenant retention, the consent commands,
    /// and the daily erasure / consent-refresh job (unless Retention:RunJob=false). Call before features that read
    /// retention (nudges, referrals); safe to call twice.
    /// </summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(TenantRetention))) return services;
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>>(new OptionsRules<RetentionOptions>(o => o.Validate()));
        services.AddSingleton<TenantRetention>();
        services.AddSingleton<CandidateConsent>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<Conversation.IConversationFeature, Conversation.ConsentFeature>();
        if (configuration.GetValue($"{RetentionOptions.Section}:{nameof(RetentionOptions.RunJob)}", true))
            services.AddHostedService<RetentionJob>();
        return services;
    }
}
