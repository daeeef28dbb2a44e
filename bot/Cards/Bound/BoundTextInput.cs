namespace RecruitBot.Cards;

/// <summary>A free-text field.</summary>
public sealed record BoundTextInput(
    string Id,
    string Label,
    string? Value,
    string? Placeholder,
    bool Multiline,
    int? MaxLength) : BoundInput(Id, Label);
