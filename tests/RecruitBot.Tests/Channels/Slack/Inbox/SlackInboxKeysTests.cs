using RecruitBot.Channels.Slack.Inbox;
using RecruitBot.Channels.Slack.Wire;

namespace RecruitBot.Tests.Channels.Slack.Inbox;

public sealed class SlackInboxKeysTests
{
    [Fact]
    public void ForInteraction_ButtonPress_MessageTsAndActionTs()
    {
        var press = new SlackInteraction
        {
            Type = "block_actions", Container = new SlackContainer { MessageTs = "1.1" }, Actions = [new SlackBlockAction { ActionTs = "2.2" }],
        };
        Assert.Equal("act:1.1:2.2", SlackInboxKeys.ForInteraction(press));
    }

    [Fact]
    public void ForInteraction_ViewSubmission_ViewIdAndHash() =>
        Assert.Equal("view:V1:h", SlackInboxKeys.ForInteraction(new SlackInteraction { Type = "view_submission", View = new SlackView { Id = "V1", Hash = "h" } }));

    [Fact]
    public void ForInteraction_UnknownType_Null() => Assert.Null(SlackInboxKeys.ForInteraction(new SlackInteraction { Type = "view_closed" }));

    [Fact]
    public void ForCommand_NoTrigger_Null() => Assert.Null(SlackInboxKeys.ForCommand(""));
}
