namespace RecruitBot.Channels.Slack.WebApi;

/// <summary>chat.postMessage / chat.update answer: where the message lives.</summary>
public sealed class SlackPostedMessage : SlackApiResponse
{
    public string? Channel { get; set; }
    public string? Ts { get; set; }
}
