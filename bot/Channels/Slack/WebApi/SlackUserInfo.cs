using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.WebApi;

/// <summary>users.info <c>user</c> object: what we show and the user's time zone.</summary>
public sealed class SlackUserInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? RealName { get; set; }
    public string? Tz { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
