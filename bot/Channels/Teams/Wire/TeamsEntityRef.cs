using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Teams.Wire;

/// <summary>An id and optional name, as Teams sends for tenant, team and channel.</summary>
public sealed class TeamsEntityRef
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
