using System.Text.Json;
using System.Text.Json.Nodes;
using RecruitBot.Cards;
using RecruitBot.Channels.Teams;
using RecruitBot.Channels.Teams.Wire;

namespace RecruitBot.Tests.Channels.Teams;

public sealed class ActivityMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private static string FixturePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "fixtures", "teams-playground", "bot-inbound.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        return "/work/shared/fixtures/teams-playground/bot-inbound.jsonl";
    }

    public static IEnumerable<object[]> PlaygroundActivities() =>
        File.ReadLines(FixturePath()).Where(l => l.Length > 0).Select((l, i) => new object[] { i, JsonNode.Parse(l)!["activity"]!.ToJsonString() });

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, TeamsJson.Options)!;

    [Theory]
    [MemberData(nameof(PlaygroundActivities))]
    public void ToReference_PlaygroundActivity_TenantConversationAndServiceUrl(int line, string json)
    {
        var reference = ActivityMapper.ToReference(Parse(json));
        Assert.True(reference is not null, $"line {line}");
        Assert.Equal("00000000-0000-0000-0000-0000000000001", reference.TenantId);
        Assert.StartsWith("http://localhost:5615", reference.ServiceUrl);
    }

    [Theory]
    [MemberData(nameof(PlaygroundActivities))]
    public void ToIncoming_PlaygroundMessageOrInvoke_MapsTextOrAction(int line, string json)
    {
        var activity = Parse(json);
        var incoming = ActivityMapper.ToIncoming(activity, Now, new CardActionCodec());
        if (activity.Type == "message" && activity.Value is null)
        {
            Assert.True(incoming is not null, $"line {line}");
            Assert.DoesNotContain("<at>", incoming.Text);
            Assert.Equal("msteams", incoming.ChannelId);
            Assert.Equal("00000000-0000-0000-0000-0000000000020", incoming.User.Id);
        }
        else if (activity.Type == "invoke")
        {
            Assert.True(incoming?.Action is not null, $"line {line}");
        }
    }

    [Fact]
    public void CleanText_BotMentionAndEntities_StrippedAndDecoded()
    {
        var a = Parse("""{"text":"<at>Test Bot</at> log &quot;Priya&quot; &amp; <at>Isaiah Langer</at>","recipient":{"id":"b1","name":"Test Bot"},"entities":[{"type":"mention","mentioned":{"id":"b1"},"text":"<at>Test Bot</at>"}]}""");
        Assert.Equal("log \"Priya\" & Isaiah Langer", ActivityMapper.CleanText(a));
    }

    [Fact]
    public void TenantOf_ChannelDataAbsent_FallsBackToConversation() =>
        Assert.Equal("t-conv", ActivityMapper.TenantOf(Parse("""{"conversation":{"id":"c","tenantId":"t-conv"}}""")));

    [Fact]
    public void TenantOf_ChannelDataPresent_Wins() =>
        Assert.Equal("t-cd", ActivityMapper.TenantOf(Parse("""{"conversation":{"id":"c","tenantId":"t-conv"},"channelData":{"tenant":{"id":"t-cd"}}}""")));

    [Fact]
    public void TimeZoneOf_NoLocalTimezone_ClientInfoEntity() =>
        Assert.Equal("Asia/Kolkata", ActivityMapper.TimeZoneOf(Parse("""{"entities":[{"type":"clientInfo","timezone":"Asia/Kolkata"}]}""")));

    [Fact]
    public void ToIncoming_NoTimestamps_UsesNow()
    {
        var incoming = ActivityMapper.ToIncoming(Parse("""{"type":"message","text":"hi","from":{"id":"u"},"conversation":{"id":"c","tenantId":"t"}}"""), Now, new CardActionCodec());
        Assert.Equal(Now, incoming!.Timestamp);
        Assert.Equal("u", incoming.User.Id);
    }

    [Fact]
    public void ToIncoming_NoTenant_Null() =>
        Assert.Null(ActivityMapper.ToIncoming(Parse("""{"type":"message","text":"hi","from":{"id":"u"},"conversation":{"id":"c"}}"""), Now, new CardActionCodec()));

    [Fact]
    public void Parse_UnknownFields_KeptInExtensionData()
    {
        var a = Parse("""{"type":"message","futureField":{"x":1},"channelData":{"eventType":"teamRenamed","teamsTeamId":"19:x"}}""");
        Assert.True(a.Extra!.ContainsKey("futureField"));
        Assert.True(a.ChannelData!.Extra!.ContainsKey("teamsTeamId"));
    }

    [Fact]
    public void ToReference_Uninstall_MarkedGone() =>
        Assert.True(ActivityMapper.ToReference(Parse("""{"type":"installationUpdate","action":"remove","serviceUrl":"https://s/","conversation":{"id":"c","tenantId":"t"}}"""))!.Gone);
}
