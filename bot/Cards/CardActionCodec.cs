using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecruitBot.Conversation;

namespace RecruitBot.Cards;

/// <summary>
/// How an action's verb and data travel on each channel's wire and come back as a
/// <see cref="CardActionInvocation"/>. Pure: decoding takes whatever JSON arrived and answers false for
/// anything that is not ours, without throwing.
/// <list type="bullet">
/// <item>Adaptive Cards: action <c>data</c> is <c>{"rb":{"verb":V,"data":{k:v}}}</c>; Teams merges input
/// values into the same object at top level, so every other key is an input.</item>
/// <item>Slack buttons: <c>action_id</c> is <c>rb|V|n</c> (n keeps ids unique), <c>value</c> is the data as
/// compact JSON. Modal <c>private_metadata</c> is the Adaptive object above; inputs come from
/// <c>state.values</c>, keyed by the input block element's <c>action_id</c> (the input id).</item>
/// </list>
/// </summary>
public sealed class CardActionCodec
{
    public const string ReservedKey = "rb";
    public const string SlackActionPrefix = "rb|";
    public const int SlackValueLimit = 2000;
    public const int SlackMetadataLimit = 3000;
    public const int SlackActionIdLimit = 255;

    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public JsonObject EncodeAdaptive(string verb, IReadOnlyDictionary<string, string> data)
    {
        var bag = new JsonObject();
        foreach (var (key, value) in data)
        {
            bag[key] = value;
        }
        return new JsonObject { [ReservedKey] = new JsonObject { ["verb"] = verb, ["data"] = bag } };
    }

    /// <summary>
    /// Decodes an Action.Submit <c>value</c>, an Action.Execute invoke <c>value</c> (<c>{action:{verb,data}}</c>)
    /// or a whole activity holding either.
    /// </summary>
    public bool TryDecode(JsonObject? submitted, [NotNullWhen(true)] out CardActionInvocation? invocation) =>
        Safely(() => DecodeAdaptive(submitted), out invocation);

    public string SlackActionId(string verb, int ordinal) => $"{SlackActionPrefix}{verb}|{ordinal}";

    /// <summary>The button <c>value</c>, or null when the data does not fit Slack's 2000 characters.</summary>
    public string? EncodeSlackValue(IReadOnlyDictionary<string, string> data)
    {
        var json = JsonSerializer.Serialize(data);
        return json.Length <= SlackValueLimit ? json : null;
    }

    /// <summary>A modal's <c>private_metadata</c>, or null when it does not fit Slack's 3000 characters.</summary>
    public string? EncodeSlackMetadata(string verb, IReadOnlyDictionary<string, string> data)
    {
        var json = EncodeAdaptive(verb, data).ToJsonString();
        return json.Length <= SlackMetadataLimit ? json : null;
    }

    /// <summary>Decodes an interaction payload: <c>block_actions</c> (first action) or <c>view_submission</c>.</summary>
    public bool TryDecodeSlack(JsonObject? payload, [NotNullWhen(true)] out CardActionInvocation? invocation) =>
        Safely(() => DecodeSlack(payload), out invocation);

    /// <summary>Decodes one pressed button, with the surface's <c>state.values</c> when it has inputs.</summary>
    public bool TryDecodeSlackButton(
        string? actionId,
        string? value,
        JsonObject? stateValues,
        [NotNullWhen(true)] out CardActionInvocation? invocation) =>
        Safely(() => DecodeSlackButton(actionId, value, stateValues), out invocation);

    // JsonNode throws on wrong-kind indexing and duplicate keys; foreign payloads must only ever answer false.
    private static bool Safely(Func<CardActionInvocation?> decode, [NotNullWhen(true)] out CardActionInvocation? invocation)
    {
        try
        {
            invocation = decode();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or JsonException)
        {
            invocation = null;
        }
        return invocation is not null;
    }

    private static CardActionInvocation? DecodeAdaptive(JsonObject? submitted)
    {
        if (submitted is null)
        {
            return null;
        }
        if (submitted[ReservedKey] is JsonObject)
        {
            return DecodeMerged(submitted, null);
        }
        if (submitted["action"] is JsonObject action)
        {
            return DecodeMerged(action["data"] as JsonObject ?? new JsonObject(), Text(action["verb"]));
        }
        return submitted["value"] is JsonObject value && submitted["type"] is JsonValue ? DecodeAdaptive(value) : null;
    }

    private static CardActionInvocation? DecodeSlack(JsonObject? payload)
    {
        switch (Text(payload?["type"]))
        {
            case "block_actions":
                if (payload!["actions"] is not JsonArray { Count: > 0 } actions || actions[0] is not JsonObject pressed)
                {
                    return null;
                }
                var state = Child(payload["state"], "values") ?? Child(Child(payload["view"], "state"), "values");
                return DecodeSlackButton(Text(pressed["action_id"]), Text(pressed["value"]), state as JsonObject);
            case "view_submission":
                var view = payload!["view"] as JsonObject;
                if (Parse(Text(Child(view, "private_metadata"))) is not JsonObject metadata
                    || DecodeMerged(metadata, null) is not { } bare)
                {
                    return null;
                }
                return bare with { Inputs = SlackInputs(Child(Child(view, "state"), "values") as JsonObject) };
            default:
                return null;
        }
    }

    private static CardActionInvocation? DecodeSlackButton(string? actionId, string? value, JsonObject? stateValues)
    {
        if (actionId is null || !actionId.StartsWith(SlackActionPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var rest = actionId[SlackActionPrefix.Length..];
        var bar = rest.LastIndexOf('|');
        var verb = bar < 0 ? rest : rest[..bar];
        if (verb.Length == 0)
        {
            return null;
        }
        var data = None;
        if (!string.IsNullOrEmpty(value))
        {
            if (Parse(value) is not JsonObject bag)
            {
                return null;
            }
            data = Strings(bag, skipReserved: false);
        }
        return new CardActionInvocation(verb, data, SlackInputs(stateValues));
    }

    private static CardActionInvocation? DecodeMerged(JsonObject merged, string? fallbackVerb)
    {
        var reservedNode = merged[ReservedKey];
        if (reservedNode is not (null or JsonObject))
        {
            return null;
        }
        var reserved = reservedNode as JsonObject;
        var verb = Text(reserved?["verb"]) ?? fallbackVerb;
        if (string.IsNullOrWhiteSpace(verb))
        {
            return null;
        }
        var data = reserved?["data"] is JsonObject bag ? Strings(bag, skipReserved: false) : None;
        return new CardActionInvocation(verb, data, Strings(merged, skipReserved: true));
    }

    private static JsonNode? Child(JsonNode? node, string key) => node is JsonObject o ? o[key] : null;

    private static Dictionary<string, string> Strings(JsonObject bag, bool skipReserved)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in bag)
        {
            if (skipReserved && (key == ReservedKey || key == "msteams"))
            {
                continue;
            }
            result[key] = Text(node) ?? node?.ToJsonString() ?? "";
        }
        return result;
    }

    private static Dictionary<string, string> SlackInputs(JsonObject? values)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, block) in values ?? new JsonObject())
        {
            if (block is not JsonObject elements)
            {
                continue;
            }
            foreach (var (actionId, state) in elements)
            {
                if (state is JsonObject element && !actionId.StartsWith(SlackActionPrefix, StringComparison.Ordinal))
                {
                    result[actionId] = SlackValue(element);
                }
            }
        }
        return result;
    }

    private static string SlackValue(JsonObject element)
    {
        if (element["selected_option"] is JsonObject option)
        {
            return Text(option["value"]) ?? "";
        }
        if (element["selected_options"] is JsonArray options)
        {
            return string.Join(",", options.OfType<JsonObject>().Select(o => Text(o["value"]) ?? ""));
        }
        foreach (var key in new[] { "value", "selected_date", "selected_time", "selected_date_time", "selected_user", "selected_channel", "selected_conversation" })
        {
            if (element[key] is { } node)
            {
                return Text(node) ?? node.ToJsonString();
            }
        }
        return "";
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static JsonNode? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
