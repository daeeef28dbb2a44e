using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

/// <summary>
/// The <c>payload</c> of an interactivity request: block_actions, view_submission or message_action
/// (https://api.slack.com/reference/interaction-payloads).
/// </summary>
public sealed class SlackInteraction
{
    public string? Type { get; set; }
    public SlackIdName? Team { get; set; }
    public SlackIdName? Enterprise { get; set; }
    public SlackInteractionUser? User { get; set; }
    public string? ApiAppId { get; set; }
    public string? TriggerId { get; set; }
    public string? ResponseUrl { get; set; }
    public string? CallbackId { get; set; }
    public string? ActionTs { get; set; }
    public SlackContainer? Container { get; set; }
    public SlackIdName? Channel { get; set; }
    public SlackMessage? Message { get; set; }
    public List<SlackBlockAction>? Actions { get; set; }
    public SlackView? View { get; set; }
    public SlackState? State { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
