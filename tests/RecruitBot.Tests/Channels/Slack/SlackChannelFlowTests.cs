using System.Net;
using System.Text.Json.Nodes;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack;

/// <summary>End to end over the fake Slack Web API: exact calls and the payload fields that matter.</summary>
public sealed class SlackChannelFlowTests : IAsyncLifetime
{
    private const string Note = "Interviewed Priya Shah for Senior Data Engineer, strong SQL, we went with someone else.";
    private FakeSlackApi _api = null!;
    private FakeEngine _engine = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeSlackApi.StartAsync();
        _engine = new FakeEngine();
        _host = await SlackTestHost.StartAsync(SqliteSchema.NewFile(), _api, _engine);
    }

    public async Task DisposeAsync()
    {
        // SLACK_DUMP_DIR=dir keeps what we sent, for the Block Kit validators in ../shared/validators (.ci/slack-checks.sh).
        if (Environment.GetEnvironmentVariable("SLACK_DUMP_DIR") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            foreach (var (call, i) in _api.Calls.Select((c, i) => (c, i)))
            {
                var (kind, node) = call.Method switch
                {
                    "chat.postMessage" or "chat.update" => ("message", Message(call.Body)),
                    "views.open" or "views.publish" => (call.Method == "views.open" ? "modal" : "home", call.Body["view"]!.DeepClone().AsObject()),
                    _ => ("", null!),
                };
                if (kind.Length > 0) File.WriteAllText(Path.Combine(dir, $"{kind}-{Guid.NewGuid():N}.json"), node.ToJsonString());
            }
        }
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    private static JsonObject Message(JsonObject body)
    {
        var message = new JsonObject { ["text"] = body["text"]?.DeepClone() };
        if (body["blocks"] is { } blocks) message["blocks"] = blocks.DeepClone();
        return message;
    }

    [Fact]
    public async Task Mention_ThenConfirm_ThreadReplyStoredAndMessageUpdated()
    {
        const string postTs = "1700000100.000100";
        Assert.Equal(HttpStatusCode.OK, (await _host.PostEventAsync(SlackPayloads.Event("Ev0MENTION", SlackPayloads.Mention(Note, postTs)))).StatusCode);
        await _api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);

        var confirm = _api.Of("chat.postMessage")[0];
        Assert.Equal("Bearer xoxb-test", confirm.Auth);
        Assert.Equal(SlackPayloads.Channel, confirm.Body["channel"]!.ToString());
        Assert.Equal(postTs, confirm.Body["thread_ts"]!.ToString());
        Assert.Equal("Confirm outcome for Priya Shah", confirm.Body["text"]!.ToString());
        var buttons = confirm.Body["blocks"]!.AsArray().Single(b => b!["type"]!.ToString() == "actions")!["elements"]!.AsArray();
        var confirmButton = buttons.Single(b => b!["action_id"]!.ToString().StartsWith("rb|outcome.confirm", StringComparison.Ordinal))!;

        var turn = Assert.Single(_engine.Turns);
        Assert.Equal(Note, turn.Text);
        Assert.Equal(SlackPayloads.Team, turn.TenantId);
        Assert.Equal("slack", turn.ChannelId);
        Assert.Equal("Europe/Berlin", turn.TimeZoneId);
        Assert.Equal("Pat Manager", turn.User.Name);

        var cardTs = "1700000000.000001";
        await _host.PostInteractionAsync(SlackPayloads.BlockAction(confirmButton["action_id"]!.ToString(), confirmButton["value"]!.ToString(), cardTs, postTs, "1700000150.000001"));
        await _api.WaitForAsync(a => a.Of("chat.update").Count == 1);

        Assert.Equal(["T0TEAM/d-1/Priya Shah"], _engine.Stored);
        var update = _api.Of("chat.update")[0];
        Assert.Equal(SlackPayloads.Channel, update.Body["channel"]!.ToString());
        Assert.Equal(cardTs, update.Body["ts"]!.ToString());
        Assert.Equal("Logged Priya Shah", update.Body["text"]!.ToString());
        Assert.Equal(["users.info", "chat.postMessage", "chat.update"], _api.Calls.Select(c => c.Method).Distinct().ToArray());
    }

    [Fact]
    public async Task Confirm_PressedTwice_AppliedOnce()
    {
        var value = "{\"dialogId\":\"d-9\"}";
        var press = SlackPayloads.BlockAction("rb|outcome.confirm|0", value, "1700000000.000001", "1700000100.000100", "1700000150.000001");
        await _host.PostInteractionAsync(press);
        await _host.PostInteractionAsync(press);
        await _host.PostInteractionAsync(SlackPayloads.BlockAction("rb|outcome.confirm|0", value, "1700000000.000001", "1700000100.000100", "1700000151.000001"));
        await _api.WaitForAsync(a => a.Of("chat.update").Count == 1 && a.Of("chat.postMessage").Count == 1);
        await Task.Delay(200);
        Assert.Single(_engine.Stored);
        Assert.Equal(2, _engine.Turns.Count); // Slack's duplicate delivery never reached the engine; the second press did, and was refused there
    }

    [Fact]
    public async Task MessageShortcut_ThenSubmit_ModalOpenedAndOutcomeStored()
    {
        const string messageTs = "1700000050.000100";
        await _host.PostInteractionAsync(SlackPayloads.MessageShortcut(Note, messageTs, _api.HookUrl("shortcut")));
        await _api.WaitForAsync(a => a.Of("views.open").Count == 1);

        var open = _api.Of("views.open")[0];
        Assert.Equal("trig-shortcut", open.Body["trigger_id"]!.ToString());
        var view = open.Body["view"]!.AsObject();
        Assert.Equal("modal", view["type"]!.ToString());
        Assert.Equal("recruitbot_form", view["callback_id"]!.ToString());
        var nameInput = view["blocks"]!.AsArray().Single(b => b!["element"]?["action_id"]?.ToString() == "c0.name")!;
        Assert.Equal("Priya Shah", nameInput["element"]!["initial_value"]!.ToString());
        Assert.Equal(["outcome.edit"], _engine.Turns.Where(t => t.Action is not null).Select(t => t.Action!.Verb));

        await _host.PostInteractionAsync(SlackPayloads.ViewSubmission("V1", view["private_metadata"]!.ToString(), "Priya S. Shah"));
        await _api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);

        Assert.Equal(["T0TEAM/d-1/Priya S. Shah"], _engine.Stored);
        var logged = _api.Of("chat.postMessage")[0];
        Assert.Equal(SlackPayloads.Channel, logged.Body["channel"]!.ToString());
        Assert.Equal(messageTs, logged.Body["thread_ts"]!.ToString());
        Assert.Equal("Logged Priya Shah", logged.Body["text"]!.ToString());
    }

    [Fact]
    public async Task SlashCommandDue_AnswersThroughResponseUrl()
    {
        var response = await _host.PostCommandAsync(SlackPayloads.Command("due", "trig-cmd", _api.HookUrl("cmd-1")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _api.WaitForAsync(a => a.Of("response_url").Count == 1);
        Assert.Equal("who is due", Assert.Single(_engine.Turns).Text);
        var hook = _api.Of("response_url")[0];
        Assert.Equal("cmd-1", hook.Auth);
        Assert.Equal("ephemeral", hook.Body["response_type"]!.ToString());
        Assert.Equal("2 candidates due", hook.Body["text"]!.ToString());
    }

    [Fact]
    public async Task AppHomeOpened_PublishesIntroAndDueList()
    {
        var opened = new JsonObject { ["type"] = "app_home_opened", ["user"] = SlackPayloads.Manager, ["channel"] = "D0DM", ["tab"] = "home", ["event_ts"] = "1700000400.000001" };
        await _host.PostEventAsync(SlackPayloads.Event("Ev0HOME", opened));
        await _api.WaitForAsync(a => a.Of("views.publish").Count == 1);
        var publish = _api.Of("views.publish")[0];
        Assert.Equal(SlackPayloads.Manager, publish.Body["user_id"]!.ToString());
        Assert.Equal("home", publish.Body["view"]!["type"]!.ToString());
        Assert.Contains("Priya Shah", publish.Body["view"]!["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("who is due", Assert.Single(_engine.Turns).Text);
    }

    [Fact]
    public async Task DirectMessage_TextReplyEscapedNoThread()
    {
        await _host.PostEventAsync(SlackPayloads.Event("Ev0DM", SlackPayloads.DirectMessage("a &lt;b&gt; c")));
        await _api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);
        var post = _api.Of("chat.postMessage")[0];
        Assert.Equal("a <b> c", Assert.Single(_engine.Turns).Text);
        Assert.Equal("You said: a &lt;b&gt; c &lt;ok&gt;", post.Body["text"]!.ToString());
        Assert.Null(post.Body["thread_ts"]);
    }

    [Fact]
    public async Task Post_ChannelArchived_MarkedGoneAndNotRetried()
    {
        _api.Failures["chat.postMessage"] = new(["is_archived"]);
        await _host.PostEventAsync(SlackPayloads.Event("Ev0GONE1", SlackPayloads.Mention("hello", "1700000500.000001")));
        await _api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);
        await _host.PostEventAsync(SlackPayloads.Event("Ev0GONE2", SlackPayloads.Mention("again", "1700000501.000001")));
        // Wait for the second turn itself (a fixed sleep flakes on a busy machine), then give a post time to show up.
        for (var waited = 0; _engine.Turns.Count < 2 && waited < 15_000; waited += 50) await Task.Delay(50);
        await Task.Delay(300);
        Assert.Equal(2, _engine.Turns.Count);
        Assert.Single(_api.Of("chat.postMessage"));
    }
}
