using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

/// <summary>Outer object of an Events API request (https://api.slack.com/apis/connections/events-api).</summary>
public sealed class SlackEventEnvelope
{
    public string? Type { get; set; }
    public string? Challenge { get; set; }
    public string? TeamId { get; set; }
    public string? EnterpriseId { get; set; }
    public string? ApiAppId { get; set; }
    public string? EventId { get; set; }
    public long? EventTime { get; set; }
    public SlackEvent? Event { get; set; }
    public List<SlackAuthorization>? Authorizations { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
