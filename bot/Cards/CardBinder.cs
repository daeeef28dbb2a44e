using System.Globalization;
using System.Text.Json.Nodes;

namespace RecruitBot.Cards;

/// <summary>
/// Turns a template and the engine's data into a <see cref="BoundCard"/>. Missing or odd data never throws:
/// text that binds to nothing is hidden, inputs lose their initial value, lists become empty.
/// </summary>
public sealed class CardBinder
{
    private readonly CardTemplates _templates;

    public CardBinder(CardTemplates templates)
    {
        _templates = templates;
    }

    /// <summary>Binds by template name; an unknown name throws <see cref="KeyNotFoundException"/>.</summary>
    public BoundCard Bind(string template, IReadOnlyDictionary<string, object?>? data, string? summary = null) =>
        Bind(_templates.Get(template), data, summary);

    public BoundCard Bind(CardTemplate template, IReadOnlyDictionary<string, object?>? data, string? summary = null)
    {
        var scope = BindScope.ForRoot(data ?? new Dictionary<string, object?>());
        var inputIds = new HashSet<string>(StringComparer.Ordinal);
        var body = Elements(template.Body, scope, inputIds);
        var actions = Actions(template.Actions, scope);
        var text = !string.IsNullOrWhiteSpace(summary) ? summary
            : CardExpression.Plain(template.Summary, scope) is { Length: > 0 } bound && !string.IsNullOrWhiteSpace(bound) ? bound
            : body.OfType<BoundHeading>().FirstOrDefault()?.Text.Plain ?? template.Name;
        return new BoundCard(template.Name, text.Trim(), body, actions);
    }

    private static List<BoundElement> Elements(JsonArray templates, BindScope scope, HashSet<string> inputIds)
    {
        var result = new List<BoundElement>();
        foreach (var node in templates)
        {
            var element = (JsonObject)node!;
            if (CardTemplate.Str(element, "when") is { } when && !CardExpression.Test(when, scope))
            {
                continue;
            }
            switch (CardTemplate.Str(element, "type"))
            {
                case "heading":
                    var heading = CardExpression.Rich(CardTemplate.Str(element, "text"), scope);
                    if (!heading.IsBlank)
                    {
                        result.Add(new BoundHeading(heading, Int(element, "level") == 2 ? 2 : 1));
                    }
                    break;
                case "text":
                    var text = CardExpression.Rich(CardTemplate.Str(element, "text"), scope);
                    if (!text.IsBlank)
                    {
                        result.Add(new BoundTextBlock(text, CardTemplate.Str(element, "style") == "subtle"));
                    }
                    break;
                case "divider":
                    result.Add(new BoundDivider());
                    break;
                case "facts":
                    var facts = Facts(element, scope);
                    if (facts.Count > 0)
                    {
                        result.Add(new BoundFacts(facts));
                    }
                    break;
                case "repeat":
                    var items = CardExpression.List(CardExpression.Resolve(CardTemplate.Str(element, "items")!, scope));
                    var separator = Bool(element, "separator");
                    for (var i = 0; i < items.Count; i++)
                    {
                        var itemScope = scope.Enter(items[i], i);
                        var groupBody = Elements((JsonArray)element["body"]!, itemScope, inputIds);
                        var groupActions = Actions(element["actions"] as JsonArray ?? new JsonArray(), itemScope);
                        if (groupBody.Count > 0 || groupActions.Count > 0)
                        {
                            result.Add(new BoundGroup(groupBody, groupActions, separator && i > 0));
                        }
                    }
                    break;
                default:
                    if (Input(element, scope) is { } input && inputIds.Add(input.Id))
                    {
                        result.Add(input);
                    }
                    break;
            }
        }
        return result;
    }

    private static List<BoundFact> Facts(JsonObject element, BindScope scope)
    {
        var scopes = CardTemplate.Str(element, "items") is { } items
            ? CardExpression.List(CardExpression.Resolve(items, scope)).Select((item, i) => scope.Enter(item, i)).ToList()
            : new List<BindScope> { scope };
        var result = new List<BoundFact>();
        foreach (var itemScope in scopes)
        {
            foreach (var node in (JsonArray)element["facts"]!)
            {
                var fact = (JsonObject)node!;
                if (CardTemplate.Str(fact, "when") is { } when && !CardExpression.Test(when, itemScope))
                {
                    continue;
                }
                var title = CardExpression.Plain(CardTemplate.Str(fact, "title"), itemScope);
                var value = CardExpression.Plain(CardTemplate.Str(fact, "value"), itemScope);
                if (!string.IsNullOrWhiteSpace(value))
                {
                    result.Add(new BoundFact(title.Trim(), value.Trim()));
                }
            }
        }
        return result;
    }

    private static BoundInput? Input(JsonObject element, BindScope scope)
    {
        var id = CardExpression.Plain(CardTemplate.Str(element, "id"), scope).Trim();
        if (id.Length == 0)
        {
            return null;
        }
        var label = CardExpression.Plain(CardTemplate.Str(element, "label"), scope).Trim();
        var value = NullIfBlank(CardExpression.Plain(CardTemplate.Str(element, "value"), scope));
        var placeholder = NullIfBlank(CardExpression.Plain(CardTemplate.Str(element, "placeholder"), scope));
        switch (CardTemplate.Str(element, "type"))
        {
            case "input.text":
                return new BoundTextInput(id, label, value, placeholder, Bool(element, "multiline"), Int(element, "maxLength"));
            case "input.date":
                var valid = value is not null && DateOnly.TryParseExact(
                    value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
                return new BoundDateInput(id, label, valid ? value!.Trim() : null);
            default:
                var choices = Choices(element["choices"], scope);
                var selected = choices.FirstOrDefault(c => string.Equals(c.Value, value?.Trim(), StringComparison.OrdinalIgnoreCase));
                return new BoundChoiceInput(id, label, selected?.Value, choices, placeholder);
        }
    }

    private static List<BoundChoice> Choices(JsonNode? node, BindScope scope)
    {
        var result = new List<BoundChoice>();
        if (node is JsonArray literal)
        {
            foreach (var choice in literal.OfType<JsonObject>())
            {
                Add(CardExpression.Plain(CardTemplate.Str(choice, "title"), scope),
                    CardExpression.Plain(CardTemplate.Str(choice, "value"), scope));
            }
        }
        else if (node is JsonValue path && path.TryGetValue<string>(out var p))
        {
            foreach (var item in CardExpression.List(CardExpression.Resolve(p, scope)))
            {
                var itemScope = scope.Enter(item, 0);
                Add(CardExpression.Plain("${title}", itemScope), CardExpression.Plain("${value}", itemScope));
            }
        }
        return result;

        void Add(string title, string value)
        {
            if (value.Length > 0 && result.All(c => c.Value != value))
            {
                result.Add(new BoundChoice(title.Length > 0 ? title : value, value));
            }
        }
    }

    private static List<BoundAction> Actions(JsonArray templates, BindScope scope)
    {
        var result = new List<BoundAction>();
        foreach (var action in templates.OfType<JsonObject>())
        {
            if (CardTemplate.Str(action, "when") is { } when && !CardExpression.Test(when, scope))
            {
                continue;
            }
            var title = CardExpression.Plain(CardTemplate.Str(action, "title"), scope).Trim();
            var verb = CardExpression.Plain(CardTemplate.Str(action, "verb"), scope).Trim();
            if (title.Length == 0 || verb.Length == 0)
            {
                continue;
            }
            var data = new Dictionary<string, string>(StringComparer.Ordinal);
            if (action["data"] is JsonObject bag)
            {
                foreach (var (key, value) in bag)
                {
                    data[key] = value is JsonValue v && v.TryGetValue<string>(out var s)
                        ? CardExpression.Plain(s, scope)
                        : value?.ToJsonString() ?? "";
                }
            }
            var style = CardTemplate.Str(action, "style") switch
            {
                "positive" => CardActionStyle.Positive,
                "destructive" => CardActionStyle.Destructive,
                _ => CardActionStyle.Default,
            };
            result.Add(new BoundAction(title, verb, data, style, Bool(action, "submit")));
        }
        return result;
    }

    private static string? NullIfBlank(string s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static bool Bool(JsonObject element, string property) =>
        element[property] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static int? Int(JsonObject element, string property) =>
        element[property] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;
}
