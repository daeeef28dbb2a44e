using System.Text.Json.Nodes;
using RecruitBot.Channels.Slack.OAuth;
using RecruitBot.Channels.Slack.Processing;

namespace RecruitBot.Channels.Slack;

/// <summary>
/// The Slack app manifest (https://api.slack.com/reference/manifests), built from the same constants the endpoints
/// use, so request URLs, scopes, the shortcut's callback id and the slash command cannot drift from the code.
/// <c>manifest/slack/manifest.json</c> is this with <see cref="PlaceholderBaseUrl"/>; a test keeps them equal.
/// </summary>
public static class SlackManifest
{
    public const string PlaceholderBaseUrl = "https://recruitbot.example.org";
    public const string Command = "/recruitbot";

    public static JsonObject Build(string baseUrl, bool listenInChannels = false)
    {
        var root = baseUrl.TrimEnd('/');
        JsonArray Strings(IEnumerable<string> items) => new(items.Select(s => (JsonNode)JsonValue.Create(s)).ToArray());
        // Joining and leaving channels tells us where the weekly digest goes (TeamChannels).
        var events = new List<string> { "app_home_opened", "app_mention", "channel_left", "group_left", "member_joined_channel", "member_left_channel", "message.im" };
        if (listenInChannels) events.Add("message.channels");
        return new JsonObject
        {
            ["_metadata"] = new JsonObject { ["major_version"] = 1, ["minor_version"] = 1 },
            ["display_information"] = new JsonObject
            {
                ["name"] = "RecruitBot",
                ["description"] = "Log interview outcomes from chat and get nudged when candidates are due",
                ["background_color"] = "#2c3e50",
            },
            ["features"] = new JsonObject
            {
                ["app_home"] = new JsonObject { ["home_tab_enabled"] = true, ["messages_tab_enabled"] = true, ["messages_tab_read_only_enabled"] = false },
                ["bot_user"] = new JsonObject { ["display_name"] = "RecruitBot", ["always_online"] = true },
                ["shortcuts"] = new JsonArray(new JsonObject
                {
                    ["name"] = "Log outcome (RecruitBot)", // Slack caps shortcut names at 24 characters
                    ["type"] = "message",
                    ["callback_id"] = SlackInteractionHandler.LogOutcomeCallbackId,
                    ["description"] = "Turn this message into a candidate outcome record",
                }),
                ["slash_commands"] = new JsonArray(new JsonObject
                {
                    ["command"] = Command,
                    ["url"] = root + SlackEndpoints.CommandsPath,
                    ["description"] = "Log outcomes, see who is due, show a candidate, refer someone",
                    ["usage_hint"] = "log <note> | due | show <name> | refer <name> | help",
                    ["should_escape"] = false,
                }),
            },
            ["oauth_config"] = new JsonObject
            {
                ["redirect_urls"] = Strings([root + SlackOAuthEndpoints.CallbackPath]),
                ["scopes"] = new JsonObject { ["bot"] = Strings(SlackScopes.For(listenInChannels)) },
            },
            ["settings"] = new JsonObject
            {
                ["event_subscriptions"] = new JsonObject { ["request_url"] = root + SlackEndpoints.EventsPath, ["bot_events"] = Strings(events) },
                ["interactivity"] = new JsonObject { ["is_enabled"] = true, ["request_url"] = root + SlackEndpoints.InteractionsPath },
                ["org_deploy_enabled"] = false,
                ["socket_mode_enabled"] = false,
                ["token_rotation_enabled"] = false,
            },
        };
    }
}
