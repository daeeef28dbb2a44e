using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Cards;

namespace RecruitBot.Tests.Cards;

/// <summary>The card services as the app wires them, plus small helpers for building data.</summary>
internal static class TestCards
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddCards().BuildServiceProvider();

    public static CardRenderer Renderer => Services.GetRequiredService<CardRenderer>();
    public static CardBinder Binder => Services.GetRequiredService<CardBinder>();
    public static CardActionCodec Codec => Services.GetRequiredService<CardActionCodec>();
    public static AdaptiveCardRenderer Adaptive => Services.GetRequiredService<AdaptiveCardRenderer>();
    public static BlockKitRenderer Slack => Services.GetRequiredService<BlockKitRenderer>();
    public static TextCardRenderer Text => Services.GetRequiredService<TextCardRenderer>();

    public static IEnumerable<object[]> Samples => CardSamples.All.Select(s => new object[] { s.FileStem });

    public static CardSample Sample(string stem) => CardSamples.All.Single(s => s.FileStem == stem);

    public static BoundCard BindSample(string stem)
    {
        var reply = Sample(stem).Reply;
        return Binder.Bind(reply.Template, reply.Data, reply.Summary);
    }

    public static BoundCard BindJson(string templateJson, IReadOnlyDictionary<string, object?>? data) =>
        Binder.Bind(CardTemplate.Parse("test", templateJson), data);

    public static Dictionary<string, object?> D(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);
}
