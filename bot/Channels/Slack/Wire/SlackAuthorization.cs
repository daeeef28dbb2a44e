using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

/// <summary>One installation the event is visible to; the bot entry names our own bot user.</summary>
public sealed class SlackAuthorization
{
    public string? EnterpriseId { get; set; }
    public string? TeamId { get; set; }
    public string? UserId { get; set; }
    public bool IsBot { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
