using System.Text.Json.Nodes;

namespace RecruitBot.Cards;

/// <summary>
/// Accumulates Block Kit blocks for one surface. Consecutive text and facts share one section (text plus
/// up to 10 fields) so long lists stay under Slack's block limits; every limit is enforced by truncating.
/// </summary>
internal sealed class SlackBlockWriter
{
    public const int SectionTextLimit = 3000;
    public const int FieldLimit = 2000;
    public const int FieldsPerSection = 10;
    public const int ButtonTextLimit = 75;
    public const int ActionsPerBlock = 25;
    public const int HeaderLimit = 150;
    public const int OptionsPerSelect = 100;
    public const int OptionValueLimit = 150;

    private readonly CardActionCodec _codec;
    private readonly List<string> _lines = new();
    private readonly List<JsonNode> _fields = new();
    private int _ids;

    public SlackBlockWriter(CardActionCodec codec)
    {
        _codec = codec;
    }

    public List<JsonObject> Blocks { get; } = new();

    public void Header(string text)
    {
        Flush();
        Blocks.Add(new JsonObject { ["type"] = "header", ["text"] = Plain(text, HeaderLimit) });
    }

    public void Line(string mrkdwn)
    {
        if (_fields.Count > 0 || _lines.Sum(l => l.Length + 1) + mrkdwn.Length > SectionTextLimit)
        {
            Flush();
        }
        _lines.Add(SlackText.TruncateMarkup(mrkdwn, SectionTextLimit));
    }

    public void Fields(IEnumerable<BoundFact> facts)
    {
        foreach (var fact in facts)
        {
            if (_fields.Count == FieldsPerSection)
            {
                Flush();
            }
            var text = $"*{SlackText.Escape(fact.Title)}*\n{SlackText.Escape(fact.Value)}";
            _fields.Add(new JsonObject { ["type"] = "mrkdwn", ["text"] = SlackText.TruncateMarkup(text, FieldLimit) });
        }
    }

    public void Divider()
    {
        Flush();
        Blocks.Add(new JsonObject { ["type"] = "divider" });
    }

    public void Input(BoundInput input)
    {
        Flush();
        Blocks.Add(new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = NextId("input"),
            ["optional"] = true,
            ["label"] = Plain(input.Label.Length > 0 ? input.Label : input.Id, FieldLimit),
            ["element"] = InputElement(input),
        });
    }

    /// <summary>Buttons; a single one sits beside the preceding text as the section's accessory.</summary>
    public void Actions(IReadOnlyList<BoundAction> actions, bool allowAccessory)
    {
        var buttons = actions.Select(Button).OfType<JsonObject>().ToList();
        if (buttons.Count == 0)
        {
            return;
        }
        if (allowAccessory && buttons.Count == 1 && (_lines.Count > 0 || _fields.Count > 0))
        {
            Flush(buttons[0]);
            return;
        }
        Flush();
        foreach (var chunk in buttons.Chunk(ActionsPerBlock))
        {
            Blocks.Add(new JsonObject
            {
                ["type"] = "actions",
                ["block_id"] = NextId("actions"),
                ["elements"] = new JsonArray(chunk.Cast<JsonNode>().ToArray()),
            });
        }
    }

    public void Flush(JsonObject? accessory = null)
    {
        if (_lines.Count == 0 && _fields.Count == 0)
        {
            return;
        }
        var section = new JsonObject { ["type"] = "section" };
        if (_lines.Count > 0)
        {
            section["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = string.Join("\n", _lines) };
        }
        if (_fields.Count > 0)
        {
            section["fields"] = new JsonArray(_fields.Select(f => f.DeepClone()).ToArray());
        }
        if (accessory is not null)
        {
            section["accessory"] = accessory;
        }
        Blocks.Add(section);
        _lines.Clear();
        _fields.Clear();
    }

    public static JsonObject Plain(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = SlackText.Truncate(string.IsNullOrWhiteSpace(text) ? "-" : text, max),
        ["emoji"] = true,
    };

    private JsonObject? Button(BoundAction action)
    {
        var actionId = _codec.SlackActionId(action.Verb, ++_ids);
        var value = _codec.EncodeSlackValue(action.Data);
        if (value is null || actionId.Length > CardActionCodec.SlackActionIdLimit)
        {
            return null;
        }
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = Plain(action.Title, ButtonTextLimit),
            ["action_id"] = actionId,
            ["value"] = value,
        };
        return action.Style switch
        {
            CardActionStyle.Positive => button.With("style", "primary"),
            CardActionStyle.Destructive => button.With("style", "danger"),
            _ => button,
        };
    }

    private static JsonObject InputElement(BoundInput input)
    {
        switch (input)
        {
            case BoundDateInput date:
                return new JsonObject { ["type"] = "datepicker", ["action_id"] = date.Id }.With("initial_date", date.Value);
            case BoundChoiceInput choice when choice.Choices.Count > 0:
                var options = choice.Choices
                    .Where(c => c.Value.Length <= OptionValueLimit)
                    .Take(OptionsPerSelect)
                    .Select(c => new JsonObject { ["text"] = Plain(c.Title, ButtonTextLimit), ["value"] = c.Value })
                    .ToList();
                var selected = options.FirstOrDefault(o => (string?)o["value"] == choice.Value);
                return new JsonObject
                {
                    ["type"] = "static_select",
                    ["action_id"] = choice.Id,
                    ["options"] = new JsonArray(options.Cast<JsonNode>().ToArray()),
                }.With("initial_option", selected?.DeepClone());
            default:
                var text = input as BoundTextInput;
                var initial = text?.Value ?? (input as BoundChoiceInput)?.Value;
                var max = text?.MaxLength is > 0 and <= SectionTextLimit ? text.MaxLength.Value : SectionTextLimit;
                return new JsonObject
                {
                    ["type"] = "plain_text_input",
                    ["action_id"] = input.Id,
                    ["multiline"] = text?.Multiline ?? false,
                    ["max_length"] = max,
                }
                .With("initial_value", initial is null ? null : SlackText.Truncate(initial, max))
                .With("placeholder", text?.Placeholder is { } p ? Plain(p, OptionValueLimit) : null);
        }
    }

    private string NextId(string kind) => $"{kind}-{++_ids}";
}
