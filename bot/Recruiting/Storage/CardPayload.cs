using System.Text;
using System.Text.Json;
using RecruitBot.Conversation;

namespace RecruitBot.Recruiting.Storage;

/// <summary>
/// Stores a <see cref="CardReply"/> in the outbox and reads it back as the same plain tree (dictionaries, lists,
/// strings, booleans, numbers) the engine builds, so renderers never see storage types. Read with a forward-only
/// reader so no JSON document model leaks out of the store.
/// </summary>
public static class CardPayload
{
    public static string Serialize(CardReply card) =>
        JsonSerializer.Serialize(new Stored(card.Template, card.Summary, card.Data, card.Audience?.TenantId, card.Audience?.UserId));

    public static CardReply Deserialize(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var root = (Dictionary<string, object?>)ReadValue(ref reader)!;
        var audienceTenant = root.GetValueOrDefault("AudienceTenant") as string;
        return new CardReply(
            root.GetValueOrDefault("Template") as string ?? throw new FormatException("The stored card has no template."),
            root.GetValueOrDefault("Data") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
            root.GetValueOrDefault("Summary") as string ?? "")
        {
            Audience = audienceTenant is null ? null : new ActionAudience(audienceTenant, root.GetValueOrDefault("AudienceUser") as string),
        };
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    map[key] = ReadValue(ref reader);
                }
                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(ReadValue(ref reader));
                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var l) ? l : reader.GetDouble();
            default:
                return null;
        }
    }

    private sealed record Stored(string Template, string Summary, IReadOnlyDictionary<string, object?> Data, string? AudienceTenant, string? AudienceUser);
}
