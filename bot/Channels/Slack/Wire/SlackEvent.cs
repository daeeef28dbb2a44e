using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

/// <summary>The inner event: app_mention, message, app_home_opened. Only the fields we read are typed.</summary>
public sealed class SlackEvent
{
    public string? Type { get; set; }
    public string? Subtype { get; set; }
    public string? User { get; set; }
    public string? BotId { get; set; }
    public string? Text { get; set; }
    public string? Ts { get; set; }
    public string? ThreadTs { get; set; }
    public string? Channel { get; set; }
    public string? ChannelType { get; set; }
    public string? Tab { get; set; }
    public string? EventTs { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
