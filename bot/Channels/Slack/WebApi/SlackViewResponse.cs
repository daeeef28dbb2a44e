using RecruitBot.Channels.Slack.Wire;

namespace RecruitBot.Channels.Slack.WebApi;

/// <summary>views.open / views.publish answer.</summary>
public sealed class SlackViewResponse : SlackApiResponse
{
    public SlackView? View { get; set; }
}
