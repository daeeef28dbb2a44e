using RecruitBot.Channels.Slack.Processing;

namespace RecruitBot.Tests.Channels.Slack.Processing;

public sealed class SlackTeamChannelTests
{
    [Theory]
    [InlineData("C0HIRING", null, true)]        // app_mention: no channel_type, public channel id
    [InlineData("G0PRIVATE", null, true)]       // private channel
    [InlineData("C0HIRING", "channel", true)]
    [InlineData("G0PRIVATE", "group", true)]
    [InlineData("D0DM", null, false)]           // a DM is never a team channel
    [InlineData("D0DM", "im", false)]
    [InlineData("G0GROUPDM", "mpim", false)]
    [InlineData("C0HIRING", "im", false)]       // the event's type wins over the id
    [InlineData("", null, false)]
    [InlineData(null, "channel", false)]
    [InlineData("X", null, false)]
    public void Is_ChannelIdAndType_OnlyPublicAndPrivateChannels(string? id, string? type, bool expected) =>
        Assert.Equal(expected, SlackTeamChannel.Is(id, type));
}
