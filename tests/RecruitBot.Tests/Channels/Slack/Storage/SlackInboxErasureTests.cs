using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Slack.Processing;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack.Storage;

/// <summary>"forget" reaches the raw Slack inbox too: no payload, pending or handled, keeps the person's name.</summary>
public sealed class SlackInboxErasureTests
{
    private sealed class Factory(string file) : IDbContextFactory<SlackDb>
    {
        public SlackDb CreateDbContext() => new(SqliteSchema.Options<SlackDb>(file, SlackDb.HistoryTable));
    }

    [Fact]
    public async Task EraseAsync_RowsMentioningPerson_PendingDeletedHandledBlankedOthersUntouched()
    {
        var dbs = new Factory(SqliteSchema.NewFile());
        await using (var db = dbs.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            db.Inbox.AddRange(
                Row("T1", "done-plain", SlackInboxStatus.Done, "{\"text\":\"Interviewed Zoë Müller for QA Lead\"}"),
                Row("T1", "pending-escaped", SlackInboxStatus.Pending, SlackJsonForm.Serialize([new("text", "refer zoë müller for QA")])),
                Row("T1", "failed-email", SlackInboxStatus.Failed, "{\"text\":\"<mailto:zoe_m@example.com|zoe_m@example.com>\"}"),
                Row("T1", "unrelated", SlackInboxStatus.Done, "{\"text\":\"Interviewed Tom Lee\"}"),
                Row("T2", "other-tenant", SlackInboxStatus.Pending, "{\"text\":\"Zoë Müller in another workspace\"}"));
            await db.SaveChangesAsync();
        }

        var erased = await new SlackInboxErasure(dbs).EraseAsync("T1", ["Zoë Müller", "zoe_m@example.com"], CancellationToken.None);

        Assert.Equal(3, erased);
        await using (var db = dbs.CreateDbContext())
        {
            var rows = await db.Inbox.AsNoTracking().ToDictionaryAsync(x => x.EventId);
            Assert.False(rows.ContainsKey("pending-escaped"));
            Assert.Equal(SlackInboxErasure.ErasedPayload, rows["done-plain"].Payload);
            Assert.Equal(SlackInboxErasure.ErasedPayload, rows["failed-email"].Payload);
            Assert.Contains("Tom Lee", rows["unrelated"].Payload);
            Assert.Contains("Zoë Müller", rows["other-tenant"].Payload);
        }
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Patterns_NonAsciiAndLikeWildcards_EscapedSpellingsAndLiteralWildcards()
    {
        var patterns = SlackInboxErasure.Patterns(["Zoë_Müller", "ab"]);
        Assert.Contains("%zoë!_müller%", patterns);
        Assert.Contains("%zo\\u00eb!_m\\u00fcller%", patterns);
        Assert.DoesNotContain(patterns, p => p.Contains("ab%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forget_OverSlack_NoInboxPayloadKeepsThePersonInTheFileBytes()
    {
        var file = SqliteSchema.NewFile();
        await using var api = await FakeSlackApi.StartAsync();
        await using (var host = await SlackTestHost.StartRealAsync(file, api))
        {
            await host.PostEventAsync(SlackPayloads.Event("EvForget1", SlackPayloads.Mention(
                "Interviewed Priya Shah for Senior Data Engineer, priya.shah@example.com, strong SQL, we went with someone else.")));
            await api.WaitForAsync(a => a.Of("chat.postMessage").Count == 1);
            var button = api.Of("chat.postMessage")[0].Body["blocks"]!.AsArray().Single(b => b!["type"]!.ToString() == "actions")!["elements"]!
                .AsArray().Single(b => b!["action_id"]!.ToString().StartsWith("rb|outcome.confirm|", StringComparison.Ordinal))!;
            await host.PostInteractionAsync(SlackPayloads.BlockAction(button["action_id"]!.ToString(), button["value"]!.ToString(),
                "1700000000.000777", "1700000100.000100", "1700000150.000001"));
            await api.WaitForAsync(a => a.Of("chat.update").Count == 1);
            Assert.Equal(1, StoreSnapshot.Count(file, "Candidates"));

            await host.PostEventAsync(SlackPayloads.Event("EvForget2", SlackPayloads.DirectMessage("forget Priya Shah", "1700000300.000100")));
            await api.WaitForAsync(a => Said(a, "yes, forget Priya Shah"));
            await host.PostEventAsync(SlackPayloads.Event("EvForget3", SlackPayloads.DirectMessage("yes, forget Priya Shah", "1700000400.000100")));
            await api.WaitForAsync(a => Said(a, "is erased"));
            Assert.Equal(0, StoreSnapshot.Count(file, "Candidates"));
        }

        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            var bytes = await File.ReadAllBytesAsync(path);
            foreach (var trace in new[] { "Priya Shah", "priya shah", "priya.shah@example.com" })
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(trace)) < 0, $"'{trace}' still in {Path.GetFileName(path)}");
        }
    }

    private static bool Said(FakeSlackApi api, string words) =>
        api.Of("chat.postMessage").Any(c => c.Body["text"]?.ToString().Contains(words, StringComparison.Ordinal) == true);

    private static SlackInboxItem Row(string tenant, string eventId, string status, string payload) => new()
    {
        Id = Guid.NewGuid(), TenantId = tenant, EventId = eventId, Kind = "event", Payload = payload, Status = status,
        ReceivedAtUtc = DateTime.UtcNow, ProcessedAtUtc = status == SlackInboxStatus.Done ? DateTime.UtcNow : null,
    };
}
