namespace RecruitBot.Cards;

/// <summary>A channel-neutral element of a card after its template has been bound to data.</summary>
public abstract record BoundElement;
