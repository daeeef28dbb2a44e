using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack;

/// <summary>
/// The Slack channel over the real <c>ConversationEngine</c> and a SQLite file, hosted as <c>bot/Program.cs</c> hosts it
/// (<c>AddRecruitBot()</c> + <c>AddSlackChannel()</c>), against the fake Slack Web API on loopback: exact calls, key
/// payload fields, and what ends up in the store.
/// </summary>
public sealed class SlackRealEngineFlowTests : IAsyncLifetime
{
    private const string Note = "Interviewed Priya Shah for Senior Data Engineer, strong SQL, weak on system design, we went with someone else.";
    private const string Confirmation = "Please confirm: Priya Shah, runner-up for Senior Data Engineer, next contact 16 Feb 2026";
    private readonly string _db = SqliteSchema.NewFile();
    private FakeSlackApi _api = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeSlackApi.StartAsync();
        _host = await SlackTestHost.StartRealAsync(_db, _api, now: "2025-11-18T09:00:00");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task ChannelMention_ThenConfirm_OutcomeStoredAndCardUpdated()
    {
        const string postTs = "1700000100.000100";
        var ack = await _host.PostEventAsync(SlackPayloads.Event("Ev0REAL1", SlackPayloads.Mention(Note, postTs)));
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await _api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);

        var confirm = _api.Of("chat.postMessage")[0];
        Assert.Equal("Bearer xoxb-test", confirm.Auth);
        Assert.Equal(SlackPayloads.Channel, confirm.Body["channel"]!.ToString());
        Assert.Equal(postTs, confirm.Body["thread_ts"]!.ToString());
        Assert.Equal(Confirmation, confirm.Body["text"]!.ToString());
        var fields = confirm.Body["blocks"]!.ToJsonString();
        Assert.Contains("runner-up", fields, StringComparison.Ordinal);
        Assert.Contains("skills gap", fields, StringComparison.Ordinal);
        Assert.Equal(0, StoreSnapshot.Count(_db, "Candidates"));

        const string cardTs = "1700000000.000777";
        var button = ConfirmButton(confirm.Body);
        await _host.PostInteractionAsync(SlackPayloads.BlockAction(button["action_id"]!.ToString(), button["value"]!.ToString(), cardTs, postTs, "1700000150.000001"));
        await _api.WaitForAsync(a => a.Of("chat.update").Count == 1);

        var update = _api.Of("chat.update")[0];
        Assert.Equal(SlackPayloads.Channel, update.Body["channel"]!.ToString());
        Assert.Equal(cardTs, update.Body["ts"]!.ToString());
        Assert.Equal("Logged ✓ Priya Shah, runner-up for Senior Data Engineer, next contact 16 Feb 2026", update.Body["text"]!.ToString());
        Assert.Equal(["users.info", "chat.postMessage", "chat.update"], _api.Calls.Select(c => c.Method).Distinct().ToArray());
        Assert.Single(_api.Of("chat.postMessage"));
        Assert.Equal([("Priya Shah", "UMGR", "2026-02-16")], Candidates());
        Assert.Equal([("RunnerUp", "SkillsGap", "strong SQL, weak on system design", "UMGR")], Outcomes());
    }

    [Fact]
    public async Task MessageShortcut_ThenSubmitAndConfirm_ModalOpenedAndEditedOutcomeStored()
    {
        const string messageTs = "1700000050.000100";
        await _host.PostInteractionAsync(SlackPayloads.MessageShortcut(Note, messageTs, _api.HookUrl("shortcut")));
        await _api.WaitForAsync(a => a.Of("views.open").Count == 1);

        var open = _api.Of("views.open")[0];
        Assert.Equal("trig-shortcut", open.Body["trigger_id"]!.ToString());
        var view = open.Body["view"]!.AsObject();
        Assert.Equal("modal", view["type"]!.ToString());
        Assert.Equal("recruitbot_form", view["callback_id"]!.ToString());
        Assert.Equal("Priya Shah", Input(view, "c0.name")["initial_value"]!.ToString());
        Assert.Equal("Senior Data Engineer", Input(view, "c0.role")["initial_value"]!.ToString());
        Assert.Equal("runner-up", Input(view, "c0.outcome")["initial_option"]!["value"]!.ToString());
        var metadata = JsonNode.Parse(view["private_metadata"]!.ToString())!;
        Assert.Equal(SlackPayloads.Channel, metadata["c"]!.ToString());
        Assert.Equal(messageTs, metadata["t"]!.ToString());
        Assert.Equal(0, StoreSnapshot.Count(_db, "Candidates"));

        await _host.PostInteractionAsync(SlackPayloads.ViewSubmission("V1", view["private_metadata"]!.ToString(), "Priya S. Shah"));
        await _api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);

        // The engine shows the edited draft for confirmation in the message's thread before anything is written.
        var confirm = _api.Of("chat.postMessage")[0];
        Assert.Equal(SlackPayloads.Channel, confirm.Body["channel"]!.ToString());
        Assert.Equal(messageTs, confirm.Body["thread_ts"]!.ToString());
        Assert.Equal(Confirmation.Replace("Priya Shah", "Priya S. Shah", StringComparison.Ordinal), confirm.Body["text"]!.ToString());
        Assert.Equal(0, StoreSnapshot.Count(_db, "Candidates"));

        var button = ConfirmButton(confirm.Body);
        await _host.PostInteractionAsync(SlackPayloads.BlockAction(button["action_id"]!.ToString(), button["value"]!.ToString(), "1700000000.000888", messageTs, "1700000160.000001"));
        await _api.WaitForAsync(a => a.Of("chat.update").Count == 1);

        Assert.Equal("1700000000.000888", _api.Of("chat.update")[0].Body["ts"]!.ToString());
        Assert.StartsWith("Logged ✓ Priya S. Shah", _api.Of("chat.update")[0].Body["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(["users.info", "views.open", "chat.postMessage", "chat.update"], _api.Calls.Select(c => c.Method).Distinct().ToArray());
        Assert.Equal([("Priya S. Shah", "UMGR", "2026-02-16")], Candidates());
        Assert.Equal([("RunnerUp", "SkillsGap", "strong SQL, weak on system design", "UMGR")], Outcomes());
    }

    private static JsonNode ConfirmButton(JsonObject message) =>
        message["blocks"]!.AsArray().Single(b => b!["type"]!.ToString() == "actions")!["elements"]!.AsArray()
            .Single(b => b!["action_id"]!.ToString().StartsWith("rb|outcome.confirm|", StringComparison.Ordinal))!;

    private static JsonNode Input(JsonObject view, string actionId) =>
        view["blocks"]!.AsArray().Single(b => b!["element"]?["action_id"]?.ToString() == actionId)!["element"]!;

    private List<(string Name, string Owner, string Next)> Candidates() =>
        Rows("""SELECT "DisplayName", "OwnerUserId", "NextContactOn" FROM "Candidates" WHERE "TenantId" = 'T0TEAM'""",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)));

    private List<(string Outcome, string Category, string Reason, string By)> Outcomes() =>
        Rows("""SELECT "Outcome", "ReasonCategory", "ReasonText", "LoggedByUserId" FROM "OutcomeEvents" WHERE "TenantId" = 'T0TEAM'""",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));

    private List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var c = new SqliteConnection($"Data Source={_db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<T>();
        while (r.Read()) rows.Add(read(r));
        return rows;
    }
}
