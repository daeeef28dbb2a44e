namespace RecruitBot.Conversation;

/// <summary>The seam every channel adapter talks to.</summary>
public interface IConversationEngine
{
    /// <summary>Handles one turn. Never throws for bad user input; answers it with a friendly reply.</summary>
    Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default);
}
