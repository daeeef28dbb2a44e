namespace RecruitBot.Cards;

/// <summary>A single-select field; <see cref="Value"/> is null or one of the choices' values.</summary>
public sealed record BoundChoiceInput(
    string Id,
    string Label,
    string? Value,
    IReadOnlyList<BoundChoice> Choices,
    string? Placeholder) : BoundInput(Id, Label);
