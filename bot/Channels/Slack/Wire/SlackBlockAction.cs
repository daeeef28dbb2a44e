using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

/// <summary>One element interaction inside a block_actions payload.</summary>
public sealed class SlackBlockAction
{
    public string? Type { get; set; }
    public string? ActionId { get; set; }
    public string? BlockId { get; set; }
    public string? Value { get; set; }
    public string? ActionTs { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
