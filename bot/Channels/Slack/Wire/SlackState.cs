using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

/// <summary><c>state.values</c>: block_id → action_id → the element's current value.</summary>
public sealed class SlackState
{
    public Dictionary<string, Dictionary<string, SlackStateValue>>? Values { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
