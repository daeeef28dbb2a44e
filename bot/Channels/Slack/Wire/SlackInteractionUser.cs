using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

public sealed class SlackInteractionUser
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Username { get; set; }
    public string? TeamId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
