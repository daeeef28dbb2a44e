using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Slack.Wire;

/// <summary>An input element's value; which field is set depends on the element type.</summary>
public sealed class SlackStateValue
{
    public string? Type { get; set; }
    public string? Value { get; set; }
    public string? SelectedDate { get; set; }
    public SlackOption? SelectedOption { get; set; }
    public string? SelectedUser { get; set; }
    public string? SelectedConversation { get; set; }
    public string? SelectedChannel { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The value as the engine's string input, or null when nothing is chosen.</summary>
    public string? AsString() => Type switch
    {
        "datepicker" => SelectedDate,
        "static_select" or "radio_buttons" or "external_select" => SelectedOption?.Value,
        "users_select" => SelectedUser,
        "conversations_select" => SelectedConversation,
        "channels_select" => SelectedChannel,
        _ => Value ?? SelectedDate ?? SelectedOption?.Value,
    };
}
