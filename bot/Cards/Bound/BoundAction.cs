namespace RecruitBot.Cards;

/// <summary>
/// A button. <see cref="Submit"/> marks the action that sends the card's form (the Slack modal's submit);
/// every action still carries whatever inputs the channel gives back.
/// </summary>
public sealed record BoundAction(
    string Title,
    string Verb,
    IReadOnlyDictionary<string, string> Data,
    CardActionStyle Style,
    bool Submit);
