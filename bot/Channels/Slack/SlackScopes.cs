namespace RecruitBot.Channels.Slack;

/// <summary>The bot scopes the app asks for; one list for the OAuth install and the manifest.</summary>
public static class SlackScopes
{
    public static readonly IReadOnlyList<string> Bot =
        ["app_mentions:read", "channels:read", "chat:write", "commands", "files:write", "groups:read", "im:history", "im:write", "users:read"];

    /// <summary>Only when <c>Slack:ListenInChannels</c> is on: reading channel messages that do not mention us.</summary>
    public const string ChannelHistory = "channels:history";

    public static IReadOnlyList<string> For(bool listenInChannels) => listenInChannels ? [.. Bot, ChannelHistory] : Bot;
}
