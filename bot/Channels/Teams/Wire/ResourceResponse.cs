using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Teams.Wire;

/// <summary>What the Bot Connector answers to a sent or updated activity: the activity's id.</summary>
public sealed class ResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; set; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
