using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

public sealed class SlackMessage
{
    public string? Ts { get; set; }
    public string? ThreadTs { get; set; }
    public string? Text { get; set; }
    public string? User { get; set; }
    public string? BotId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
