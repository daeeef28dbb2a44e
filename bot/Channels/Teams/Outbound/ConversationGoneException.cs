namespace RecruitBot.Channels.Teams.Outbound;

/// <summary>The connector answered 403/404 for a conversation: the bot was removed or the chat no longer exists.</summary>
public sealed class ConversationGoneException(string conversationId, int status)
    : Exception($"Conversation is gone (HTTP {status}).")
{
    public string ConversationId { get; } = conversationId;
    public int Status { get; } = status;
}
