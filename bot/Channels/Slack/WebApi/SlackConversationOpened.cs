using RecruitBot.Channels.Slack.Wire;

namespace RecruitBot.Channels.Slack.WebApi;

/// <summary>conversations.open answer: the DM channel.</summary>
public sealed class SlackConversationOpened : SlackApiResponse
{
    public SlackIdName? Channel { get; set; }
}
