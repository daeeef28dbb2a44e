using System.Text.Json.Nodes;

namespace RecruitBot.Tests.Channels.Slack.Fakes;

/// <summary>
/// SLACK_DUMP_DIR=dir keeps the messages and views the fake Slack received, one JSON file each, for the Block Kit
/// validators in ../shared/validators (see .ci/slack-checks.sh).
/// </summary>
public static class SlackDump
{
    public static void WriteIfAsked(FakeSlackApi api)
    {
        if (Environment.GetEnvironmentVariable("SLACK_DUMP_DIR") is not { Length: > 0 } dir) return;
        Directory.CreateDirectory(dir);
        foreach (var call in api.Calls)
        {
            var (kind, node) = call.Method switch
            {
                "chat.postMessage" or "chat.update" => ("message", Message(call.Body)),
                "views.open" or "views.publish" => (call.Method == "views.open" ? "modal" : "home", call.Body["view"]!.DeepClone().AsObject()),
                _ => ("", null),
            };
            if (node is not null) File.WriteAllText(Path.Combine(dir, $"{kind}-{Guid.NewGuid():N}.json"), node.ToJsonString());
        }
    }

    private static JsonObject Message(JsonObject body)
    {
        var message = new JsonObject { ["text"] = body["text"]?.DeepClone() };
        if (body["blocks"] is { } blocks) message["blocks"] = blocks.DeepClone();
        return message;
    }
}
