using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Conversation.RateLimiting;

namespace RecruitBot.Hosting.Security;

public static class ConversationRateLimitRegistration
{
    /// <summary>
    /// Binds and validates <see cref="RateLimitOptions"/> and wraps the registered <see cref="IConversationEngine"/> in
    /// <see cref="RateLimitedConversationEngine"/>. Call after the engine is registered; every channel then gets it.
    /// </summary>
    public static IServiceCollection AddConversationRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>>(new OptionsRules<RateLimitOptions>(o => o.Validate()));

        var index = -1;
        for (var i = services.Count - 1; i >= 0 && index < 0; i--)
            if (services[i].ServiceType == typeof(IConversationEngine) && !services[i].IsKeyedService) index = i;
        if (index < 0) throw new InvalidOperationException("Register an IConversationEngine before AddConversationRateLimits.");

        var inner = services[index];
        services[index] = ServiceDescriptor.Singleton<IConversationEngine>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RateLimitOptions>>();
            var engine = Resolve(sp, inner);
            return options.Value.Enabled
                ? new RateLimitedConversationEngine(engine, options, sp.GetRequiredService<ILogger<RateLimitedConversationEngine>>())
                : engine;
        });
        return services;
    }

    private static IConversationEngine Resolve(IServiceProvider sp, ServiceDescriptor d) =>
        d.ImplementationInstance as IConversationEngine
        ?? (IConversationEngine?)d.ImplementationFactory?.Invoke(sp)
        ?? (IConversationEngine)ActivatorUtilities.CreateInstance(sp, d.ImplementationType!);
}
