using System.Reflection;

namespace RecruitBot.Cards;

/// <summary>
/// The templates embedded from <c>cards/*.json</c>, loaded and checked once. Adding a template is adding a file.
/// </summary>
public sealed class CardTemplates
{
    private const string Prefix = "cards/";

    private static readonly Lazy<CardTemplates> Embedded = new(() => FromAssembly(typeof(CardTemplates).Assembly));

    private readonly IReadOnlyDictionary<string, CardTemplate> _templates;

    public CardTemplates(IEnumerable<CardTemplate> templates)
    {
        _templates = templates.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The templates shipped in the bot assembly (cached for the process).</summary>
    public static CardTemplates Default => Embedded.Value;

    public IReadOnlyCollection<string> Names => _templates.Keys.Order(StringComparer.Ordinal).ToList();

    public CardTemplate Get(string name) =>
        _templates.TryGetValue(name, out var template)
            ? template
            : throw new KeyNotFoundException(
                $"Unknown card template '{name}'. Known templates: {string.Join(", ", Names)}. " +
                "Add cards/<name>.json to define it.");

    public bool Contains(string name) => _templates.ContainsKey(name);

    private static CardTemplates FromAssembly(Assembly assembly)
    {
        var templates = new List<CardTemplate>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal)
                || !resource.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = resource[Prefix.Length..^".json".Length];
            templates.Add(CardTemplate.Parse(name, reader.ReadToEnd()));
        }
        return new CardTemplates(templates);
    }
}
