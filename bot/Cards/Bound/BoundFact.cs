namespace RecruitBot.Cards;

/// <summary>A title/value pair; both are plain user text.</summary>
public sealed record BoundFact(string Title, string Value);
