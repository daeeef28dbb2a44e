namespace RecruitBot.Cards;

/// <summary>A date field; <see cref="Value"/> is null or yyyy-MM-dd.</summary>
public sealed record BoundDateInput(string Id, string Label, string? Value) : BoundInput(Id, Label);
