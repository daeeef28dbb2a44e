namespace RecruitBot.Channels.Teams.Storage;

/// <summary>What the store last wrote (or found) for a conversation reference: enough to tell a no-op update.</summary>
internal sealed record RecordedReference(string ServiceUrl, string? ConversationType, string? UserId, string? UserAadObjectId,
    string? UserName, string? TeamId, string? ChannelId, string? BotId, string? BotName, bool Gone)
{
    public static RecordedReference Of(TeamsConversationRef r) =>
        new(r.ServiceUrl, r.ConversationType, r.UserId, r.UserAadObjectId, r.UserName, r.TeamId, r.ChannelId, r.BotId, r.BotName, r.Gone);

    /// <summary>True when recording <paramref name="incoming"/> would change nothing (absent fields keep their value).</summary>
    public bool Covers(TeamsConversationRef incoming) =>
        incoming.ServiceUrl == ServiceUrl && incoming.Gone == Gone
        && Keeps(incoming.ConversationType, ConversationType) && Keeps(incoming.UserId, UserId)
        && Keeps(incoming.UserAadObjectId, UserAadObjectId) && Keeps(incoming.UserName, UserName)
        && Keeps(incoming.TeamId, TeamId) && Keeps(incoming.ChannelId, ChannelId)
        && Keeps(incoming.BotId, BotId) && Keeps(incoming.BotName, BotName);

    private static bool Keeps(string? incoming, string? stored) => incoming is null || incoming == stored;
}
