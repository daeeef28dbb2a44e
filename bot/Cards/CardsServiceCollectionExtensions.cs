using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RecruitBot.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>Registers the embedded templates, binder, codec and the three renderers as singletons.</summary>
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => CardTemplates.Default);
        services.TryAddSingleton<CardBinder>();
        services.TryAddSingleton<CardActionCodec>();
        services.TryAddSingleton<AdaptiveCardRenderer>();
        services.TryAddSingleton<TextCardRenderer>();
        services.TryAddSingleton<BlockKitRenderer>();
        services.TryAddSingleton<CardRenderer>();
        return services;
    }
}
