namespace RecruitBot.Conversation;

/// <summary>
/// A feature (nudges, referrals, ...) that plugs its commands, dialogs and card actions into the engine without the
/// engine knowing it. Features are asked first, in registration order, and answer null for anything not theirs, so
/// a feature with a pending question of its own can claim the user's next message.
/// </summary>
public interface IConversationFeature
{
    /// <summary>Lines for the help card: (what you type, what happens).</summary>
    IEnumerable<(string Command, string Description)> Help { get; }

    Task<TurnResult?> TryHandleTextAsync(Turn turn, string text, CancellationToken cancellationToken);

    Task<TurnResult?> TryHandleActionAsync(Turn turn, CardActionInvocation action, CancellationToken cancellationToken);
}
