namespace RecruitBot.Channels.Slack.WebApi;

/// <summary>files.getUploadURLExternal answer: where to POST the bytes, and the id to complete the upload with.</summary>
public sealed class SlackUploadUrl : SlackApiResponse
{
    public string? UploadUrl { get; set; }
    public string? FileId { get; set; }
}
