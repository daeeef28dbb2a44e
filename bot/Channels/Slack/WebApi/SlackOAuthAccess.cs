using RecruitBot.Channels.Slack.Wire;

namespace RecruitBot.Channels.Slack.WebApi;

/// <summary>oauth.v2.access answer: the bot token for the installing workspace.</summary>
public sealed class SlackOAuthAccess : SlackApiResponse
{
    public string? AccessToken { get; set; }
    public string? TokenType { get; set; }
    public string? Scope { get; set; }
    public string? BotUserId { get; set; }
    public string? AppId { get; set; }
    public SlackIdName? Team { get; set; }
    public SlackIdName? Enterprise { get; set; }
}
