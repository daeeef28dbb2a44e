using System.Text.Json;
using System.Text.Json.Nodes;
using RecruitBot.Channels.Slack;
using RecruitBot.Conversation;

namespace RecruitBot.Tests.Channels.Slack.Fakes;

/// <summary>Minimal Block Kit for tests, using the same action_id/value convention as RecruitBot.Cards (rb|verb|n, JSON data).</summary>
public sealed class FakeSlackCardRenderer : ISlackCardRenderer
{
    public JsonArray RenderBlocks(CardReply card)
    {
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = card.Summary } },
        };
        if (card.Template == "outcome-confirm")
        {
            var value = JsonSerializer.Serialize(new Dictionary<string, string> { ["dialogId"] = card.Data["dialogId"]!.ToString()! });
            blocks.Add(new JsonObject
            {
                ["type"] = "actions",
                ["elements"] = new JsonArray(
                    Button("Confirm", "rb|outcome.confirm|0", value), Button("Edit", "rb|outcome.edit|1", value), Button("Cancel", "rb|outcome.cancel|2", value)),
            });
        }
        return blocks;
    }

    public SlackModal? RenderModal(CardReply card)
    {
        if (card.Template != "outcome-edit") return null;
        var view = new JsonObject
        {
            ["type"] = "modal",
            ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Edit outcome" },
            ["submit"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Save" },
            ["blocks"] = new JsonArray(new JsonObject
            {
                ["type"] = "input", ["block_id"] = "input-0",
                ["label"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Name" },
                ["element"] = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = "c0.name", ["initial_value"] = "Priya Shah" },
            }),
        };
        return new SlackModal(view, "outcome.save", new Dictionary<string, string> { ["dialogId"] = card.Data["dialogId"]!.ToString()! });
    }

    public CardActionInvocation? DecodeAction(string actionId, string? value, IReadOnlyDictionary<string, string> inputs)
    {
        var parts = actionId.Split('|');
        if (parts is not ["rb", var verb, _]) return null;
        var data = string.IsNullOrEmpty(value) ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(value)!;
        return new CardActionInvocation(verb, data, inputs);
    }

    private static JsonObject Button(string text, string actionId, string value) => new()
    {
        ["type"] = "button", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = text }, ["action_id"] = actionId, ["value"] = value,
    };
}
