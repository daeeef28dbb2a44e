using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Teams.Wire;

/// <summary>Teams' <c>channelData</c>: the tenant is the one field we must trust; team and channel describe where.</summary>
public sealed class TeamsChannelData
{
    [JsonPropertyName("tenant")] public TeamsEntityRef? Tenant { get; set; }
    [JsonPropertyName("team")] public TeamsEntityRef? Team { get; set; }
    [JsonPropertyName("channel")] public TeamsEntityRef? Channel { get; set; }
    [JsonPropertyName("eventType")] public string? EventType { get; set; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
