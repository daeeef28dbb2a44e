namespace RecruitBot.Cards;

/// <summary>A title (level 1) or section title (level 2).</summary>
public sealed record BoundHeading(RichText Text, int Level) : BoundElement;
