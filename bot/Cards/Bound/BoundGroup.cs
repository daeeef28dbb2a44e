namespace RecruitBot.Cards;

/// <summary>One item of a repeat: its elements and the actions that belong to that item.</summary>
public sealed record BoundGroup(
    IReadOnlyList<BoundElement> Body,
    IReadOnlyList<BoundAction> Actions,
    bool Separator) : BoundElement;
