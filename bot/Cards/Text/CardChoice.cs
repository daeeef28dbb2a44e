namespace RecruitBot.Cards;

/// <summary>A numbered button of a terminal card: type the number or the title to press it.</summary>
public sealed record CardChoice(int Number, string Title, string Verb, IReadOnlyDictionary<string, string> Data);
