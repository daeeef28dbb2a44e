using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

/// <summary>A submitted (or containing) view: which modal, what we stashed in it, and the input values.</summary>
public sealed class SlackView
{
    public string? Id { get; set; }
    public string? Hash { get; set; }
    public string? Type { get; set; }
    public string? CallbackId { get; set; }
    public string? PrivateMetadata { get; set; }
    public SlackState? State { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
