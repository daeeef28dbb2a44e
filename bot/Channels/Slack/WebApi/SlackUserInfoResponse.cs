namespace RecruitBot.Channels.Slack.WebApi;

public sealed class SlackUserInfoResponse : SlackApiResponse
{
    public SlackUserInfo? User { get; set; }
}
