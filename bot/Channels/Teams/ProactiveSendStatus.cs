namespace RecruitBot.Channels.Teams;

/// <summary>What happened to a proactive message.</summary>
public enum ProactiveSendStatus
{
    Sent,
    /// <summary>No stored reference: the bot never heard from this conversation or user.</summary>
    UnknownConversation,
    /// <summary>The bot was removed or the conversation deleted (now or earlier).</summary>
    Gone,
    /// <summary>The stored serviceUrl never arrived on an authenticated activity for this tenant.</summary>
    ServiceUrlNotAllowed,
}
