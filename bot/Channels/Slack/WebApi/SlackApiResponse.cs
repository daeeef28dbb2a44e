using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.WebApi;

/// <summary>Every Web API answer: <c>ok</c>, an <c>error</c> code when not, and method-specific fields.</summary>
public class SlackApiResponse
{
    public bool Ok { get; set; }
    public string? Error { get; set; }
    public string? Warning { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
