namespace RecruitBot.Cards;

/// <summary>A visual break.</summary>
public sealed record BoundDivider : BoundElement;
