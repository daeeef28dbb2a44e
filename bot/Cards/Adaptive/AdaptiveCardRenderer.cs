using System.Text.Json.Nodes;

namespace RecruitBot.Cards;

/// <summary>
/// Renders a bound card as an Adaptive Card 1.5 for Teams. Buttons are <c>Action.Execute</c> (universal
/// actions) falling back to <c>Action.Submit</c> with the same data for clients without 1.4 support.
/// </summary>
public sealed class AdaptiveCardRenderer
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";

    private readonly CardActionCodec _codec;

    public AdaptiveCardRenderer(CardActionCodec codec)
    {
        _codec = codec;
    }

    public JsonObject Render(BoundCard card)
    {
        var body = Elements(card.Body);
        if (body.Count == 0)
        {
            body.Add(TextBlock(AdaptiveMarkdown.Escape(card.Summary)));
        }
        var root = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["type"] = "AdaptiveCard",
            ["version"] = Version,
            ["fallbackText"] = card.Summary,
            ["body"] = body,
        };
        if (card.Actions.Count > 0)
        {
            root["actions"] = Actions(card.Actions);
        }
        root["msteams"] = new JsonObject { ["width"] = "Full" };
        return root;
    }

    private JsonArray Elements(IReadOnlyList<BoundElement> elements)
    {
        var result = new JsonArray();
        var separatorPending = false;
        foreach (var element in elements)
        {
            if (element is BoundDivider)
            {
                separatorPending = result.Count > 0;
                continue;
            }
            var rendered = Element(element);
            if (separatorPending || element is BoundGroup { Separator: true })
            {
                rendered["separator"] = true;
                rendered["spacing"] = "Medium";
                separatorPending = false;
            }
            result.Add(rendered);
        }
        return result;
    }

    private JsonObject Element(BoundElement element) => element switch
    {
        BoundHeading h => Heading(h),
        BoundTextBlock { Subtle: true } t => With(TextBlock(AdaptiveMarkdown.Render(t.Text)), "isSubtle", true),
        BoundTextBlock t => TextBlock(AdaptiveMarkdown.Render(t.Text)),
        BoundFacts f => new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray(f.Facts.Select(x => (JsonNode)new JsonObject
            {
                ["title"] = AdaptiveMarkdown.Escape(x.Title),
                ["value"] = AdaptiveMarkdown.Escape(x.Value),
            }).ToArray()),
        },
        BoundGroup g => Group(g),
        BoundTextInput i => Input(i, "Input.Text", i.Value, i.Placeholder)
            .With("isMultiline", i.Multiline ? true : null)
            .With("maxLength", i.MaxLength),
        BoundChoiceInput i => Input(i, "Input.ChoiceSet", i.Value, i.Placeholder)
            .With("style", "compact")
            .With("choices", new JsonArray(i.Choices.Select(c => (JsonNode)new JsonObject
            {
                ["title"] = c.Title,
                ["value"] = c.Value,
            }).ToArray())),
        BoundDateInput i => Input(i, "Input.Date", i.Value, null),
        _ => TextBlock(""),
    };

    private static JsonObject Heading(BoundHeading heading) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = AdaptiveMarkdown.Render(heading.Text),
        ["wrap"] = true,
        ["style"] = "heading",
        ["weight"] = "Bolder",
        ["size"] = heading.Level == 1 ? "Large" : "Medium",
    };

    private JsonObject Group(BoundGroup group)
    {
        var items = Elements(group.Body);
        if (group.Actions.Count > 0)
        {
            items.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = Actions(group.Actions) });
        }
        return new JsonObject { ["type"] = "Container", ["items"] = items };
    }

    private static JsonObject Input(BoundInput input, string type, string? value, string? placeholder) =>
        new JsonObject { ["type"] = type, ["id"] = input.Id, ["label"] = input.Label }
            .With("value", value)
            .With("placeholder", placeholder);

    private JsonArray Actions(IReadOnlyList<BoundAction> actions) =>
        new(actions.Select(a => (JsonNode)Action(a)).ToArray());

    private JsonObject Action(BoundAction action)
    {
        var style = action.Style switch
        {
            CardActionStyle.Positive => "positive",
            CardActionStyle.Destructive => "destructive",
            _ => null,
        };
        var fallback = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = action.Title,
            ["data"] = _codec.EncodeAdaptive(action.Verb, action.Data),
        }.With("style", style);
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = action.Title,
            ["verb"] = action.Verb,
            ["data"] = _codec.EncodeAdaptive(action.Verb, action.Data),
        }.With("style", style).With("fallback", fallback);
    }

    private static JsonObject TextBlock(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
    };

    private static JsonObject With(JsonObject o, string key, JsonNode? value) => o.With(key, value);
}
