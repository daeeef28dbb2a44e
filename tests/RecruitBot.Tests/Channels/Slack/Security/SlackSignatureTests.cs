using System.Text;
using RecruitBot.Channels.Slack.Security;

namespace RecruitBot.Tests.Channels.Slack.Security;

public sealed class SlackSignatureTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    internal static byte[] SlackBody() => File.ReadAllBytes(Path.Combine(FindShared(), "validators", "fixtures", "slack-body.txt"));

    internal static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "validators"))) return candidate;
        }
        throw new DirectoryNotFoundException("../shared (validators) not found above the test output folder.");
    }

    [Fact]
    public void Compute_SlackPublishedExample_MatchesPublishedSignature()
    {
        Assert.Equal(Expected, SlackSignature.Compute(Secret, Timestamp, SlackBody()));
    }

    [Fact]
    public void Verify_SlackPublishedExample_Valid()
    {
        Assert.Equal(SlackVerification.Valid, SlackSignature.Verify(Timestamp, Expected, Secret, SlackBody(), SentAt.AddSeconds(10)));
    }

    [Fact]
    public void Verify_TamperedBody_BadSignature()
    {
        var body = SlackBody();
        body[^1] ^= 0x01;
        Assert.Equal(SlackVerification.BadSignature, SlackSignature.Verify(Timestamp, Expected, Secret, body, SentAt));
    }

    [Fact]
    public void Verify_TimestampSixMinutesOld_Stale()
    {
        Assert.Equal(SlackVerification.Stale, SlackSignature.Verify(Timestamp, Expected, Secret, SlackBody(), SentAt.AddSeconds(301)));
    }

    [Fact]
    public void Verify_TimestampInTheFuture_Stale()
    {
        Assert.Equal(SlackVerification.Stale, SlackSignature.Verify(Timestamp, Expected, Secret, SlackBody(), SentAt.AddSeconds(-301)));
    }

    [Fact]
    public void Verify_TimestampAtWindowEdge_Valid()
    {
        Assert.Equal(SlackVerification.Valid, SlackSignature.Verify(Timestamp, Expected, Secret, SlackBody(), SentAt.AddSeconds(300)));
    }

    [Theory]
    [InlineData(null, Expected)]
    [InlineData("", Expected)]
    [InlineData("15314206l8", Expected)]
    [InlineData("-1531420618", Expected)]
    [InlineData(Timestamp, null)]
    [InlineData(Timestamp, "")]
    public void Verify_MissingOrNonNumericHeaders_MissingHeaders(string? timestamp, string? signature)
    {
        Assert.Equal(SlackVerification.MissingHeaders, SlackSignature.Verify(timestamp, signature, Secret, SlackBody(), SentAt));
    }

    [Fact]
    public void Verify_WrongVersionPrefix_BadSignature()
    {
        Assert.Equal(SlackVerification.BadSignature, SlackSignature.Verify(Timestamp, "v1" + Expected[2..], Secret, SlackBody(), SentAt));
    }

    [Fact]
    public void Verify_UppercaseHex_BadSignature()
    {
        Assert.Equal(SlackVerification.BadSignature, SlackSignature.Verify(Timestamp, "v0=" + Expected[3..].ToUpperInvariant(), Secret, SlackBody(), SentAt));
    }

    [Fact]
    public void Verify_NoSecretConfigured_NotConfigured()
    {
        Assert.Equal(SlackVerification.NotConfigured, SlackSignature.Verify(Timestamp, Expected, "", SlackBody(), SentAt));
    }

    [Fact]
    public void Verify_FormFieldsReorderedByProxy_BadSignature()
    {
        var fields = Encoding.UTF8.GetString(SlackBody()).Split('&');
        var reordered = Encoding.UTF8.GetBytes(string.Join('&', fields.Reverse()));
        Assert.Equal(SlackVerification.BadSignature, SlackSignature.Verify(Timestamp, Expected, Secret, reordered, SentAt));
    }

    [Fact]
    public void Verify_JsonReformattedByProxy_BadSignature()
    {
        const string compact = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev1\"}";
        var signature = SlackSignature.Compute(Secret, Timestamp, Encoding.UTF8.GetBytes(compact));
        var pretty = System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(compact).RootElement,
            new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        Assert.Equal(SlackVerification.BadSignature, SlackSignature.Verify(Timestamp, signature, Secret, Encoding.UTF8.GetBytes(pretty), SentAt));
    }
}
