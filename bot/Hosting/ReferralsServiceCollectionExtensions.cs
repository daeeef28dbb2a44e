using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Referrals;
using RecruitBot.Referrals.Digest;
using RecruitBot.Referrals.Rediscovery;

namespace RecruitBot.Hosting;

public static class ReferralsServiceCollectionExtensions
{
    /// <summary>Referrals and rediscovery: options, store, dialog, status sync (per turn and in the background), digest source.</summary>
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReferralsOptions>().Bind(configuration.GetSection(ReferralsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReferralsOptions>>(new OptionsRules<ReferralsOptions>(o => o.Validate()));

        services.AddSingleton<ReferralStore>();
        services.AddSingleton<ReferralStatusSync>();
        services.AddSingleton<ReferralFlow>();
        services.AddSingleton<IReferralIntake>(sp => sp.GetRequiredService<ReferralFlow>());
        services.AddSingleton<Shortlister>();
        services.AddSingleton<OpeningFlow>();
        services.AddSingleton<IReferralDigestSource, ReferralDigest>();
        services.AddSingleton<IConversationFeature, ReferralFeature>();
        services.AddHostedService<ReferralSyncWorker>();
        return services;
    }
}
