using RecruitBot.Channels.Slack;
using RecruitBot.Channels.Slack.Wire;

namespace RecruitBot.Tests.Channels.Slack;

public sealed class SlackEventFilterTests
{
    private static SlackEventEnvelope With(SlackEvent e) => new()
    {
        Type = "event_callback", TeamId = "T1", Event = e,
        Authorizations = [new SlackAuthorization { TeamId = "T1", UserId = "UBOT", IsBot = true }],
    };

    [Fact]
    public void Accept_Mention_True() => Assert.True(SlackEventFilter.Accept(With(new SlackEvent { Type = "app_mention", User = "U1", Text = "<@UBOT> hi" }), false));

    [Fact]
    public void Accept_DirectMessage_True() => Assert.True(SlackEventFilter.Accept(With(new SlackEvent { Type = "message", ChannelType = "im", User = "U1" }), false));

    [Fact]
    public void Accept_MessageWithBotId_False() =>
        Assert.False(SlackEventFilter.Accept(With(new SlackEvent { Type = "message", ChannelType = "im", User = "U1", BotId = "B1" }), false));

    [Fact]
    public void Accept_OwnBotUser_False() => Assert.False(SlackEventFilter.Accept(With(new SlackEvent { Type = "message", ChannelType = "im", User = "UBOT" }), false));

    [Fact]
    public void Accept_Edit_False() =>
        Assert.False(SlackEventFilter.Accept(With(new SlackEvent { Type = "message", ChannelType = "im", Subtype = "message_changed", User = "U1" }), false));

    [Fact]
    public void Accept_ChannelMessageWhenNotListening_False() =>
        Assert.False(SlackEventFilter.Accept(With(new SlackEvent { Type = "message", ChannelType = "channel", User = "U1", Text = "hi" }), false));

    [Fact]
    public void Accept_ChannelMessageWhenListening_True() =>
        Assert.True(SlackEventFilter.Accept(With(new SlackEvent { Type = "message", ChannelType = "channel", User = "U1", Text = "hi" }), true));

    [Fact]
    public void Accept_ChannelMessageMentioningUsWhenListening_FalseSinceAppMentionHandlesIt() =>
        Assert.False(SlackEventFilter.Accept(With(new SlackEvent { Type = "message", ChannelType = "channel", User = "U1", Text = "<@UBOT> hi" }), true));

    [Fact]
    public void Accept_HomeOpenedOnMessagesTab_False() =>
        Assert.False(SlackEventFilter.Accept(With(new SlackEvent { Type = "app_home_opened", User = "U1", Tab = "messages" }), false));
}
