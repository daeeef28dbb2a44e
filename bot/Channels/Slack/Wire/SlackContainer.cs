using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

/// <summary>Where a pressed button lives: a message (channel + ts) or a view.</summary>
public sealed class SlackContainer
{
    public string? Type { get; set; }
    public string? MessageTs { get; set; }
    public string? ChannelId { get; set; }
    public string? ThreadTs { get; set; }
    public bool IsEphemeral { get; set; }
    public string? ViewId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
