namespace RecruitBot.Cards;

/// <summary>One option of a choice field.</summary>
public sealed record BoundChoice(string Title, string Value);
