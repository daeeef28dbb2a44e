namespace RecruitBot.Channels.Slack.Processing;

/// <summary>
/// Which Slack conversations are team channels, the audience of the weekly digest: public and private channels,
/// never a DM or group DM. app_mention events carry no channel_type, so the id's prefix decides (C public, G private).
/// </summary>
public static class SlackTeamChannel
{
    public static bool Is(string? channelId, string? channelType) => channelType switch
    {
        "im" or "mpim" or "app_home" => false,
        "channel" or "group" => channelId is { Length: > 1 },
        _ => channelId is { Length: > 1 } id && id[0] is 'C' or 'G',
    };
}
