using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>
/// What a modal must remember until it is submitted (kept in the view's private_metadata, ≤ 3000 chars): where to
/// answer, which message to update, and the card action the submit button stands for.
/// </summary>
public sealed record SlackModalContext(
    [property: JsonPropertyName("c")] string? Channel,
    [property: JsonPropertyName("t")] string? ThreadTs,
    [property: JsonPropertyName("s")] string? SourceTs,
    [property: JsonPropertyName("v")] string Verb,
    [property: JsonPropertyName("d")] Dictionary<string, string> Data)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    public static SlackModalContext? Parse(string? metadata)
    {
        if (string.IsNullOrEmpty(metadata)) return null;
        try
        {
            return JsonSerializer.Deserialize<SlackModalContext>(metadata);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
