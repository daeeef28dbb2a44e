using System.Text.Json.Nodes;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Channels.Teams.Support;

namespace RecruitBot.Tests.Fuzz;

/// <summary>
/// Builds one mutated request per seed from real shapes: the Agents Playground's recorded Teams activities
/// (shared/fixtures) and Slack's documented event, interaction and command payloads.
/// </summary>
public sealed class FuzzSeeds(IReadOnlyList<JsonObject> teamsFixtures, string serviceUrl, string slackHookUrl)
{
    public static IReadOnlyList<JsonObject> LoadTeamsFixtures()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RecruitBot.sln"))) dir = dir.Parent;
        var file = Path.Combine(dir!.FullName, "..", "shared", "fixtures", "teams-playground", "bot-inbound.jsonl");
        if (!File.Exists(file)) return [];
        return File.ReadLines(file).Where(l => l.Length > 0)
            .Select(l => JsonNode.Parse(l)?["activity"] as JsonObject).OfType<JsonObject>().ToList();
    }

    public FuzzCase Next(Random random)
    {
        var m = new PayloadMutator(random);
        var id = Id(random);
        var pick = random.Next(100);
        if (pick < 50) return Teams(random, m, id);
        if (pick < 70) return SlackEvent(random, m, id);
        if (pick < 85) return SlackInteraction(random, m, id);
        return SlackCommand(m, id);
    }

    private FuzzCase Teams(Random random, PayloadMutator m, string id)
    {
        var activity = teamsFixtures.Count > 0 && random.Next(3) > 0
            ? (JsonObject)teamsFixtures[random.Next(teamsFixtures.Count)].DeepClone()
            : Activities.Message(serviceUrl, m.Phrase());
        activity["id"] = id;
        activity["serviceUrl"] = serviceUrl;
        if (activity["type"]?.ToString() == "message" && random.Next(2) == 0) activity["text"] = m.Phrase();
        var (node, tree) = m.MutateTree(activity);
        var (text, damage) = m.MutateText(node.ToJsonString());
        return new FuzzCase("/api/messages", text, m.ContentType("application/json"), true, "teams:" + tree + damage);
    }

    private static FuzzCase SlackEvent(Random random, PayloadMutator m, string id)
    {
        var ts = $"17000{random.Next(10000, 99999)}.{random.Next(100000, 999999)}";
        var inner = random.Next(2) == 0 ? SlackPayloads.DirectMessage(m.Phrase(), ts) : SlackPayloads.Mention(m.Phrase(), ts);
        var envelope = JsonNode.Parse(SlackPayloads.Event("Ev" + id, inner))!;
        var (node, tree) = m.MutateTree(envelope);
        var (text, damage) = m.MutateText(node.ToJsonString());
        return new FuzzCase("/slack/events", text, m.ContentType("application/json"), false, "event:" + tree + damage);
    }

    private FuzzCase SlackInteraction(Random random, PayloadMutator m, string id)
    {
        var ts = $"17000{random.Next(10000, 99999)}.{random.Next(100000, 999999)}";
        var json = random.Next(3) switch
        {
            0 => SlackPayloads.BlockAction(m.Pick("confirm", "edit", "cancel", "rb:confirm", "x"), "{\"dialogId\":\"" + id + "\"}", ts, ts, ts),
            1 => SlackPayloads.ViewSubmission("V" + id, "{\"dialogId\":\"" + id + "\"}", m.Phrase()),
            _ => SlackPayloads.MessageShortcut(m.Phrase(), ts, slackHookUrl),
        };
        var (node, tree) = m.MutateTree(JsonNode.Parse(json)!);
        var (text, damage) = m.MutateText(node.ToJsonString());
        var (form, broken) = m.MutateForm("payload=" + Uri.EscapeDataString(text));
        return new FuzzCase("/slack/interactions", form, m.ContentType("application/x-www-form-urlencoded"), false,
            "interaction:" + tree + damage + broken);
    }

    private FuzzCase SlackCommand(PayloadMutator m, string id)
    {
        var (form, broken) = m.MutateForm(SlackPayloads.Command(m.Phrase(), "trig" + id, slackHookUrl));
        return new FuzzCase("/slack/commands", form, m.ContentType("application/x-www-form-urlencoded"), false, "command:" + broken);
    }

    private static string Id(Random random)
    {
        Span<byte> bytes = stackalloc byte[8];
        random.NextBytes(bytes);
        return Convert.ToHexString(bytes);
    }
}
