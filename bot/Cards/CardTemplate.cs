using System.Text.Json;
using System.Text.Json.Nodes;

namespace RecruitBot.Cards;

/// <summary>
/// One parsed template from <c>cards/&lt;name&gt;.json</c>. Parsing checks the whole shape up front, so a bad
/// template fails when it is loaded (and in tests), never halfway through binding a user's data.
/// </summary>
public sealed class CardTemplate
{
    internal static readonly IReadOnlySet<string> ElementTypes = new HashSet<string>
    {
        "heading", "text", "facts", "divider", "repeat", "input.text", "input.choice", "input.date",
    };

    private CardTemplate(string name, JsonObject root)
    {
        Name = name;
        Root = root;
    }

    public string Name { get; }

    internal JsonObject Root { get; }

    internal string? Summary => (string?)Root["summary"];

    internal JsonArray Body => Root["body"] as JsonArray ?? new JsonArray();

    internal JsonArray Actions => Root["actions"] as JsonArray ?? new JsonArray();

    public static CardTemplate Parse(string name, string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Card template '{name}' is not valid JSON: {ex.Message}", ex);
        }
        if (node is not JsonObject root || root["body"] is not JsonArray body)
        {
            throw new FormatException($"Card template '{name}' must be an object with a \"body\" array.");
        }
        CheckElements(name, body, "body");
        CheckActions(name, root["actions"], "actions");
        return new CardTemplate(name, root);
    }

    private static void CheckElements(string name, JsonArray elements, string where)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            var at = $"{where}[{i}]";
            if (elements[i] is not JsonObject element)
            {
                throw Bad(name, at, "is not an object");
            }
            var type = Str(element, "type");
            if (type is null || !ElementTypes.Contains(type))
            {
                throw Bad(name, at, $"has unknown type '{type}'; known: {string.Join(", ", ElementTypes)}");
            }
            switch (type)
            {
                case "heading" or "text":
                    Require(name, element, at, "text");
                    break;
                case "facts":
                    if (element["facts"] is not JsonArray facts)
                    {
                        throw Bad(name, at, "needs a \"facts\" array");
                    }
                    foreach (var fact in facts)
                    {
                        var f = fact as JsonObject ?? throw Bad(name, at, "has a fact that is not an object");
                        Require(name, f, at, "title");
                        Require(name, f, at, "value");
                    }
                    break;
                case "repeat":
                    Require(name, element, at, "items");
                    if (element["body"] is not JsonArray inner)
                    {
                        throw Bad(name, at, "needs a \"body\" array");
                    }
                    CheckElements(name, inner, at + ".body");
                    CheckActions(name, element["actions"], at + ".actions");
                    break;
                case "input.text" or "input.choice" or "input.date":
                    Require(name, element, at, "id");
                    Require(name, element, at, "label");
                    if (type == "input.choice" && element["choices"] is not (JsonArray or JsonValue))
                    {
                        throw Bad(name, at, "needs \"choices\": a list of {title, value} or a data path");
                    }
                    break;
            }
        }
    }

    private static void CheckActions(string name, JsonNode? actions, string where)
    {
        if (actions is null)
        {
            return;
        }
        if (actions is not JsonArray list)
        {
            throw Bad(name, where, "must be an array");
        }
        for (var i = 0; i < list.Count; i++)
        {
            var action = list[i] as JsonObject ?? throw Bad(name, $"{where}[{i}]", "is not an object");
            Require(name, action, $"{where}[{i}]", "title");
            Require(name, action, $"{where}[{i}]", "verb");
            if (action["data"] is { } data && data is not JsonObject)
            {
                throw Bad(name, $"{where}[{i}]", "\"data\" must be an object of strings");
            }
            var style = Str(action, "style");
            if (style is not (null or "default" or "positive" or "destructive"))
            {
                throw Bad(name, $"{where}[{i}]", $"has unknown style '{style}'");
            }
        }
    }

    private static void Require(string name, JsonObject element, string at, string property)
    {
        if (string.IsNullOrWhiteSpace(Str(element, property)))
        {
            throw Bad(name, at, $"needs a string \"{property}\"");
        }
    }

    internal static string? Str(JsonObject element, string property) =>
        element[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static FormatException Bad(string name, string at, string problem) =>
        new($"Card template '{name}': {at} {problem}.");
}
