namespace RecruitBot.Cards;

/// <summary>A piece of card text. Only template literals can make text bold; bound data never carries markup.</summary>
public sealed record TextRun(string Text, bool Bold = false);
