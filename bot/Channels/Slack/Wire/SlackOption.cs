using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

public sealed class SlackOption
{
    public string? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
