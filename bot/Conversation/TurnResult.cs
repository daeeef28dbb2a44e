namespace RecruitBot.Conversation;

/// <summary>
/// What one turn produced. <see cref="UpdateSourceCard"/>, when set, replaces the card whose action started
/// the turn (Teams invoke response or activity update, Slack chat.update); it is null for text turns.
/// </summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies, CardReply? UpdateSourceCard = null)
{
    public static TurnResult Say(params Reply[] replies) => new(replies);
}
