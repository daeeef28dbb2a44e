using Microsoft.Extensions.Options;
using RecruitBot.Cards;
using RecruitBot.Conversation;
using RecruitBot.Conversation.Security;
using RecruitBot.Hosting.Storage;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Access;
using RecruitBot.Understanding;

namespace RecruitBot.Hosting;

public static class RecruitBotServiceCollectionExtensions
{
    /// <summary>The whole bot minus its HTTP channels: options, clock, store, recognizers, engine and cards.</summary>
    public static IServiceCollection AddRecruitBotCore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(BusinessClock.Create(configuration, environment));

        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConversationOptions>>(new OptionsRules<ConversationOptions>(o => o.Validate()));
        services.AddOptions<CadenceOptions>().Bind(configuration.GetSection(CadenceOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CadenceOptions>>(new OptionsRules<CadenceOptions>(o => o.Validate()));

        services.AddRecruitBotStorage(configuration);
        services.AddSingleton<CandidateDirectory>();
        services.AddSingleton<OutcomeLog>();
        services.AddSingleton<MemberDirectory>();
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.Section));
        services.AddSingleton<AccessService>();
        services.AddSingleton<IConversationFeature, AccessFeature>();
        services.AddOptions<Recruiting.Privacy.PrivacyOptions>().Bind(configuration.GetSection(Recruiting.Privacy.PrivacyOptions.Section));
        services.AddSingleton<Recruiting.Privacy.AuditLog>();
        services.AddSingleton<Recruiting.Privacy.CandidateErasure>();
        services.AddSingleton<Recruiting.Privacy.CandidateExport>();
        services.AddSingleton<IConversationFeature, PrivacyFeature>();
        services.AddRetention(configuration);
        services.AddOptions<ActionSigningOptions>().Bind(configuration.GetSection(ActionSigningOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ActionSigningOptions>>(new OptionsRules<ActionSigningOptions>(o => o.Validate()));
        services.AddSingleton<IActionKeySource, Recruiting.Storage.StoredActionKey>();
        services.AddSingleton<ActionSigner>();
        services.AddSingleton<Recruiting.Storage.DialogStore>();

        services.AddSingleton<IDateRecognizer, DateRecognizer>();
        services.AddSingleton<IOutcomeRecognizer>(sp => new OutcomeRecognizer(sp.GetRequiredService<IDateRecognizer>()));
        services.AddSingleton<CommandRecognizer>();

        services.AddSingleton<DraftEditor>();
        services.AddSingleton<OutcomeFlow>();
        services.AddSingleton<AskFlow>();
        services.AddSingleton<IConversationEngine, ConversationEngine>();

        services.AddCards();
        services.AddReferrals(configuration);
        services.AddNudges(configuration);
        services.AddSingleton<Nudges.Digest.IDigestSection, Referrals.Digest.ReferralDigestSectionAdapter>();
        return services;
    }
}
