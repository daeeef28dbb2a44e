using System.Text.Json.Nodes;

namespace RecruitBot.Tests.Channels.Teams.Support;

/// <summary>Teams activities shaped like the Playground's (see shared/fixtures), pointed at a fake connector.</summary>
public static class Activities
{
    public const string Tenant = "00000000-0000-0000-0000-0000000000001";
    public const string Conversation = "a:personal-conv-1";
    public const string BotId = "28:" + LocalBotFrameworkIssuer.AppId;

    public static JsonObject Message(string serviceUrl, string text, string? id = null) => Base("message", serviceUrl, id).With("text", text);

    public static JsonObject Base(string type, string serviceUrl, string? id = null) => new()
    {
        ["type"] = type,
        ["id"] = id ?? Guid.NewGuid().ToString(),
        ["timestamp"] = "2026-11-21T20:55:17.346Z",
        ["localTimestamp"] = "2026-11-21T21:55:17.346+01:00",
        ["localTimezone"] = "Europe/Berlin",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Alex Wilber", ["aadObjectId"] = "aad-user-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "RecruitBot" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Tenant, ["id"] = Conversation },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };

    public static JsonObject Execute(string serviceUrl, string verb, string replyToId, string? id = null) =>
        Base("invoke", serviceUrl, id).With("name", "adaptiveCard/action").With("replyToId", replyToId).With("value", new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = verb,
                ["data"] = new JsonObject { ["rb"] = new JsonObject { ["verb"] = verb, ["data"] = new JsonObject { ["dialogId"] = "d-1" } } },
            },
            ["trigger"] = "manual",
        });

    public static JsonObject With(this JsonObject o, string key, JsonNode? value)
    {
        o[key] = value;
        return o;
    }
}
