using System.Text.Json.Nodes;

namespace RecruitBot.Tests.Channels.Slack.Fakes;

/// <summary>Reads Block Kit the fake Slack received, the way a user sees it: buttons by their label, text by block.</summary>
public static class SlackBlocks
{
    /// <summary>The buttons of every actions block, in order.</summary>
    public static IReadOnlyList<JsonObject> Buttons(JsonObject message) =>
        (message["blocks"]?.AsArray() ?? [])
            .Where(b => b?["type"]?.ToString() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .OfType<JsonObject>()
            .Where(e => e["type"]?.ToString() == "button")
            .ToList();

    /// <summary>The button labels, in order.</summary>
    public static IReadOnlyList<string> Labels(JsonObject message) =>
        Buttons(message).Select(b => b["text"]!["text"]!.ToString()).ToList();

    /// <summary>The one button labelled <paramref name="label"/>; fails listing the labels there are.</summary>
    public static JsonObject Button(JsonObject message, string label)
    {
        var matches = Buttons(message).Where(b => b["text"]?["text"]?.ToString() == label).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one '{label}' button, found {matches.Count}; buttons: {string.Join(", ", Labels(message))}");
    }

    /// <summary>A block_actions payload pressing <paramref name="label"/>, echoing its action_id and (signed) value exactly.</summary>
    public static string Press(JsonObject message, string label, string messageTs, string actionTs, string user, string channel, string? threadTs = null)
    {
        var button = Button(message, label);
        return SlackPayloads.BlockAction(button["action_id"]!.ToString(), button["value"]!.ToString(), messageTs, threadTs, actionTs, user, channel);
    }

    /// <summary>
    /// A view_submission of the modal <paramref name="view"/> (as views.open received it) as Slack sends it: every
    /// input's current value in state.values (block_id → action_id → value), the initial one unless the user changed it
    /// in <paramref name="changes"/> (by action_id; a select takes the option's value).
    /// </summary>
    public static string Submit(JsonObject view, IReadOnlyDictionary<string, string> changes, string user, string viewId = "V1")
    {
        var state = new JsonObject();
        foreach (var block in (view["blocks"]?.AsArray() ?? []).OfType<JsonObject>().Where(b => b["type"]?.ToString() == "input"))
        {
            var element = block["element"]!.AsObject();
            var actionId = element["action_id"]!.ToString();
            var changed = changes.TryGetValue(actionId, out var value);
            var type = element["type"]!.ToString();
            var entry = new JsonObject { ["type"] = type };
            switch (type)
            {
                case "datepicker": entry["selected_date"] = changed ? value : element["initial_date"]?.DeepClone(); break;
                case "static_select" or "radio_buttons":
                    entry["selected_option"] = changed
                        ? element["options"]!.AsArray().Single(o => o!["value"]!.ToString() == value)!.DeepClone()
                        : element["initial_option"]?.DeepClone();
                    break;
                default: entry["value"] = changed ? value : element["initial_value"]?.DeepClone(); break;
            }
            state[block["block_id"]!.ToString()] = new JsonObject { [actionId] = entry };
        }
        return new JsonObject
        {
            ["type"] = "view_submission", ["api_app_id"] = SlackTestHost.AppId,
            ["team"] = new JsonObject { ["id"] = SlackPayloads.Team }, ["user"] = new JsonObject { ["id"] = user, ["team_id"] = SlackPayloads.Team },
            ["view"] = new JsonObject
            {
                ["id"] = viewId, ["hash"] = "h-" + viewId, ["type"] = "modal", ["callback_id"] = view["callback_id"]?.DeepClone(),
                ["private_metadata"] = view["private_metadata"]?.DeepClone(), ["state"] = new JsonObject { ["values"] = state },
            },
        }.ToJsonString();
    }

    /// <summary>Every text the blocks show (section, header and context text), joined by newlines.</summary>
    public static string Text(JsonObject message) =>
        string.Join('\n', (message["blocks"]?.AsArray() ?? []).SelectMany(TextsOf));

    private static IEnumerable<string> TextsOf(JsonNode? block)
    {
        if (block?["text"]?["text"] is { } text) yield return text.ToString();
        foreach (var field in block?["fields"]?.AsArray() ?? []) if (field?["text"] is { } f) yield return f.ToString();
        foreach (var element in block?["elements"]?.AsArray() ?? [])
            if (block!["type"]?.ToString() == "context" && element?["text"] is { } c) yield return c.ToString();
    }
}
