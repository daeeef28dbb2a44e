using RecruitBot.Channels.Slack;

namespace RecruitBot.Tests.Channels.Slack;

public sealed class SlackTextTests
{
    [Fact]
    public void ToPlain_BotMentionAndEntities_MentionRemovedEntitiesDecoded() =>
        Assert.Equal("log Priya & Sam <senior>", SlackText.ToPlain("<@UBOT> log Priya &amp; Sam &lt;senior&gt;", ["UBOT"]));

    [Fact]
    public void ToPlain_OtherUserAndLabelledLink_KeptReadable() =>
        Assert.Equal("ask @U2 about docs", SlackText.ToPlain("ask <@U2> about <https://x.example|docs>", ["UBOT"]));

    [Fact]
    public void Escape_ControlCharacters_Escaped() => Assert.Equal("a &lt;b&gt; &amp; c", SlackText.Escape("a <b> & c"));

    [Fact]
    public void ParseTs_SlackTimestamp_Milliseconds() =>
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1531420618123), SlackText.ParseTs("1531420618.123456"));

    [Fact]
    public void ParseTs_Garbage_Null() => Assert.Null(SlackText.ParseTs("soon"));
}
