using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Teams.Wire;

/// <summary>An activity attachment; for us always an Adaptive Card.</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("content")] public JsonNode? Content { get; set; }
}
