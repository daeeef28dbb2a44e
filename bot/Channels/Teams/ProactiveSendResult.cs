namespace RecruitBot.Channels.Teams;

/// <summary>The outcome of a proactive send; <see cref="ActivityId"/> lets the caller update the message later.</summary>
public sealed record ProactiveSendResult(ProactiveSendStatus Status, string? ConversationId = null, string? ActivityId = null)
{
    public bool Sent => Status == ProactiveSendStatus.Sent;
}
