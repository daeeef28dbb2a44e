namespace RecruitBot.Cards;

/// <summary>A paragraph; subtle text is secondary (roles, notes).</summary>
public sealed record BoundTextBlock(RichText Text, bool Subtle) : BoundElement;
