namespace RecruitBot.Conversation;

/// <summary>Something the bot says: a line of text or a card.</summary>
public abstract record Reply;

/// <summary>A plain line (or a few) of text. Channels escape it for their markup.</summary>
public sealed record TextReply(string Text) : Reply;

/// <summary>
/// A card: the name of a template under <c>cards/</c> and the data it binds to. Data values are
/// strings, booleans, numbers, nested <c>IReadOnlyDictionary&lt;string, object?&gt;</c> or lists of
/// those. <see cref="Summary"/> is the one-line plain text used for notifications and fallbacks.
/// </summary>
public sealed record CardReply(string Template, IReadOnlyDictionary<string, object?> Data, string Summary) : Reply
{
    /// <summary>Who may press the card's buttons; the engine sets it on every card it returns. Unsigned buttons are refused.</summary>
    public ActionAudience? Audience { get; init; }
}
