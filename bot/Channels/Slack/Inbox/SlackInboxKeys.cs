using RecruitBot.Channels.Slack.Wire;

namespace RecruitBot.Channels.Slack.Inbox;

/// <summary>
/// The dedupe key of each inbound request. Events carry event_id; interactions do not, so the key is built from
/// what identifies the one user gesture (for a button: the message it sits on and the action's own timestamp).
/// </summary>
public static class SlackInboxKeys
{
    public const string Event = "event";
    public const string BlockActions = "block_actions";
    public const string ViewSubmission = "view_submission";
    public const string MessageAction = "message_action";
    public const string Command = "command";

    public static string? ForEvent(SlackEventEnvelope envelope) => NonEmpty(envelope.EventId);

    public static string? ForInteraction(SlackInteraction payload) => payload.Type switch
    {
        BlockActions when payload.Actions is [var first, ..] && !string.IsNullOrEmpty(first.ActionTs) =>
            $"act:{payload.Container?.MessageTs ?? payload.Container?.ViewId ?? payload.View?.Id}:{first.ActionTs}",
        ViewSubmission when !string.IsNullOrEmpty(payload.View?.Id) => $"view:{payload.View.Id}:{payload.View.Hash}",
        MessageAction => NonEmpty(payload.ActionTs ?? payload.TriggerId) is { } k ? "sc:" + k : null,
        _ => null,
    };

    public static string? ForCommand(string? triggerId) => NonEmpty(triggerId) is { } k ? "cmd:" + k : null;

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
