using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

/// <summary>The <c>{id, name}</c> shape Slack uses for teams, enterprises and channels.</summary>
public sealed class SlackIdName
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? EnterpriseId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
