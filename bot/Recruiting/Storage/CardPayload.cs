using System.Text.Json;
using RecruitBot.Conversation;

namespace RecruitBot.Recruiting.Storage;

/// <summary>
/// Stores a <see cref="CardReply"/> in the outbox and reads it back as the same plain tree (dictionaries, lists,
/// strings, booleans, numbers) the engine builds, so renderers never see storage types.
/// </summary>
public static class CardPayload
{
    public static string Serialize(CardReply card) =>
        JsonSerializer.Serialize(new Stored(card.Template, card.Summary, card.Data));

    public static CardReply Deserialize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var data = (IReadOnlyDictionary<string, object?>)Read(root.GetProperty("Data"))!;
        return new CardReply(root.GetProperty("Template").GetString()!, data, root.GetProperty("Summary").GetString() ?? "");
    }

    private static object? Read(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => e.EnumerateArray().Select(Read).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        _ => null,
    };

    private sealed record Stored(string Template, string Summary, IReadOnlyDictionary<string, object?> Data);
}
