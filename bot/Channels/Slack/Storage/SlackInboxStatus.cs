namespace RecruitBot.Channels.Slack.Storage;

public static class SlackInboxStatus
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Failed = "failed";
}
