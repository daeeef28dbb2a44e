using System.Text.Json.Nodes;

namespace RecruitBot.Tests.Channels.Slack.Fakes;

/// <summary>Requests shaped like Slack's documented examples, for team T0TEAM and app A0APP.</summary>
public static class SlackPayloads
{
    public const string Team = "T0TEAM";
    public const string Bot = "UBOT";
    public const string Manager = "UMGR";
    public const string Channel = "C0HIRING";

    public static string Event(string eventId, JsonObject inner, string? enterprise = null) => new JsonObject
    {
        ["token"] = "deprecated", ["team_id"] = Team, ["enterprise_id"] = enterprise, ["api_app_id"] = SlackTestHost.AppId,
        ["type"] = "event_callback", ["event_id"] = eventId, ["event_time"] = 1700000000,
        ["event"] = inner,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = Bot, ["is_bot"] = true }),
    }.ToJsonString();

    public static JsonObject Mention(string text, string ts = "1700000100.000100") => new()
    {
        ["type"] = "app_mention", ["user"] = Manager, ["text"] = $"<@{Bot}> {text}", ["ts"] = ts, ["channel"] = Channel, ["event_ts"] = ts,
    };

    public static JsonObject DirectMessage(string text, string ts = "1700000200.000100", string user = Manager, string channel = "D0DM") => new()
    {
        ["type"] = "message", ["channel_type"] = "im", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts,
    };

    /// <summary>A button press on a message; <paramref name="threadTs"/> null for a top-level message (e.g. a DM the bot started).</summary>
    public static string BlockAction(string actionId, string value, string messageTs, string? threadTs, string actionTs,
        string user = Manager, string channel = Channel) => new JsonObject
    {
        ["type"] = "block_actions", ["api_app_id"] = SlackTestHost.AppId, ["trigger_id"] = "trig-" + actionTs,
        ["team"] = new JsonObject { ["id"] = Team }, ["user"] = new JsonObject { ["id"] = user, ["team_id"] = Team },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = false },
        ["channel"] = new JsonObject { ["id"] = channel },
        ["message"] = Message(messageTs, threadTs),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "b1", ["value"] = value, ["action_ts"] = actionTs,
        }),
    }.ToJsonString();

    private static JsonObject Message(string ts, string? threadTs)
    {
        var message = new JsonObject { ["ts"] = ts, ["text"] = "Confirm outcome" };
        if (threadTs is not null) message["thread_ts"] = threadTs;
        return message;
    }

    public static string MessageShortcut(string text, string messageTs, string responseUrl) => new JsonObject
    {
        ["type"] = "message_action", ["callback_id"] = "log_outcome", ["api_app_id"] = SlackTestHost.AppId,
        ["trigger_id"] = "trig-shortcut", ["action_ts"] = "1700000300.000001", ["response_url"] = responseUrl,
        ["team"] = new JsonObject { ["id"] = Team }, ["user"] = new JsonObject { ["id"] = Manager },
        ["channel"] = new JsonObject { ["id"] = Channel },
        ["message"] = new JsonObject { ["type"] = "message", ["user"] = Manager, ["ts"] = messageTs, ["text"] = text },
    }.ToJsonString();

    public static string ViewSubmission(string viewId, string privateMetadata, string name) => new JsonObject
    {
        ["type"] = "view_submission", ["api_app_id"] = SlackTestHost.AppId,
        ["team"] = new JsonObject { ["id"] = Team }, ["user"] = new JsonObject { ["id"] = Manager },
        ["view"] = new JsonObject
        {
            ["id"] = viewId, ["hash"] = "h1", ["type"] = "modal", ["callback_id"] = "recruitbot_form", ["private_metadata"] = privateMetadata,
            ["state"] = new JsonObject
            {
                ["values"] = new JsonObject { ["input-0"] = new JsonObject { ["c0.name"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = name } } },
            },
        },
    }.ToJsonString();

    public static string Command(string text, string triggerId, string responseUrl) =>
        $"token=x&team_id={Team}&team_domain=acme&channel_id={Channel}&channel_name=hiring&user_id={Manager}&user_name=pat"
        + $"&command=%2Frecruitbot&text={Uri.EscapeDataString(text)}&api_app_id={SlackTestHost.AppId}"
        + $"&response_url={Uri.EscapeDataString(responseUrl)}&trigger_id={triggerId}";
}
