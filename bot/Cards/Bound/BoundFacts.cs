namespace RecruitBot.Cards;

/// <summary>A list of title/value pairs, never empty.</summary>
public sealed record BoundFacts(IReadOnlyList<BoundFact> Facts) : BoundElement;
