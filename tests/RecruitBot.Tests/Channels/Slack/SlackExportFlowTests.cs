using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecruitBot.Channels.Slack.Processing;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack;

/// <summary>
/// "export X" over the real engine and the Slack endpoints: the JSON goes up through the external upload flow
/// (files.getUploadURLExternal → POST bytes → files.completeUploadExternal) into the requester's DM.
/// </summary>
public sealed class SlackExportFlowTests : IAsyncLifetime
{
    private const string Note = "Interviewed Priya Shah for Senior Data Engineer, strong SQL, weak on system design, we went with someone else.";
    private const string Dm = "D" + SlackPayloads.Manager; // what the fake's conversations.open answers for UMGR
    private readonly string _db = SqliteSchema.NewFile();
    private FakeSlackApi _api = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeSlackApi.StartAsync();
        _host = await SlackTestHost.StartRealAsync(_db, _api);
        await _host.PostEventAsync(SlackPayloads.Event("Ev0SEED", SlackPayloads.Mention(Note, "1700000100.000100")));
        await _api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);
        var button = _api.Of("chat.postMessage")[0].Body["blocks"]!.AsArray().Single(b => b!["type"]!.ToString() == "actions")!["elements"]!.AsArray()
            .Single(b => b!["action_id"]!.ToString().StartsWith("rb|outcome.confirm|", StringComparison.Ordinal))!;
        await _host.PostInteractionAsync(SlackPayloads.BlockAction(button["action_id"]!.ToString(), button["value"]!.ToString(),
            "1700000000.000777", "1700000100.000100", "1700000150.000001"));
        await _api.WaitForAsync(a => a.Of("chat.update").Count == 1);
        while (_api.Calls.TryDequeue(out _)) { }
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task DirectMessage_ExportCandidate_JsonUploadedAndSharedInRequesterDm()
    {
        var message = SlackPayloads.DirectMessage("export Priya Shah");
        message["channel"] = Dm;
        await _host.PostEventAsync(SlackPayloads.Event("Ev0EXPORT1", message));
        await _api.WaitForAsync(a => a.Of("files.completeUploadExternal").Count == 1);

        Assert.Equal(["conversations.open", "files.getUploadURLExternal", "upload_url", "files.completeUploadExternal"],
            _api.Calls.Select(c => c.Method).Where(m => m != "users.info").ToArray());
        var ask = _api.Of("files.getUploadURLExternal")[0];
        Assert.Equal("Bearer xoxb-test", ask.Auth);
        Assert.Matches("^export-[0-9a-f]{32}-[0-9]{14}\\.json$", ask.Body["filename"]!.ToString());
        var fileId = _api.Of("upload_url")[0].Auth;
        var (contentType, authorization, bytes) = _api.Uploads[fileId];
        Assert.Equal(ask.Body["length"]!.ToString(), bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("application/octet-stream", contentType);
        Assert.Null(authorization);
        using (var json = JsonDocument.Parse(bytes))
        {
            Assert.Equal("Priya Shah", json.RootElement.GetProperty("candidate").GetString());
            Assert.Equal(SlackPayloads.Team, json.RootElement.GetProperty("tenant").GetString());
            Assert.Contains("strong SQL, weak on system design", json.RootElement.GetProperty("linkedRows").GetProperty("OutcomeEvents").GetRawText(), StringComparison.Ordinal);
        }

        var complete = _api.Of("files.completeUploadExternal")[0];
        Assert.Equal("Bearer xoxb-test", complete.Auth);
        Assert.Equal(Dm, complete.Body["channel_id"]!.ToString());
        var file = Assert.Single(complete.Body["files"]!.AsArray())!;
        Assert.Equal(fileId, file["id"]!.ToString());
        Assert.Equal(ask.Body["filename"]!.ToString(), file["title"]!.ToString());
        Assert.Equal("Everything I hold about Priya Shah, as JSON.", complete.Body["initial_comment"]!.ToString());
        Assert.Empty(_api.Of("chat.postMessage"));
        Assert.Equal(1, ExportAudits());
    }

    [Fact]
    public async Task ChannelMention_ExportCandidate_FileInDmAndPointerInThread()
    {
        await _host.PostEventAsync(SlackPayloads.Event("Ev0EXPORT2", SlackPayloads.Mention("export Priya Shah", "1700000400.000100")));
        await _api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);

        Assert.Equal(Dm, _api.Of("files.completeUploadExternal").Single().Body["channel_id"]!.ToString());
        var pointer = _api.Of("chat.postMessage")[0];
        Assert.Equal(SlackPayloads.Channel, pointer.Body["channel"]!.ToString());
        Assert.Equal("1700000400.000100", pointer.Body["thread_ts"]!.ToString());
        Assert.Equal(SlackFileSender.SentToDm, pointer.Body["text"]!.ToString());
        Assert.DoesNotContain("Priya", pointer.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectMessage_MissingFilesScope_SaysReinstallAndUploadsNothing()
    {
        _api.Failures["files.getUploadURLExternal"] = new ConcurrentQueue<string>(["missing_scope"]);
        var message = SlackPayloads.DirectMessage("export Priya Shah");
        message["channel"] = Dm;

        await _host.PostEventAsync(SlackPayloads.Event("Ev0EXPORT3", message));
        await _api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);

        Assert.Equal(SlackFileSender.NeedsScope, _api.Of("chat.postMessage")[0].Body["text"]!.ToString());
        Assert.Empty(_api.Uploads);
        Assert.Empty(_api.Of("files.completeUploadExternal"));
    }

    private long ExportAudits()
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """SELECT COUNT(*) FROM "AuditLog" WHERE "Action" = 'export' AND "ActorUserId" = 'UMGR'""";
        return (long)cmd.ExecuteScalar()!;
    }
}
