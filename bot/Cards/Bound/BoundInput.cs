namespace RecruitBot.Cards;

/// <summary>A form field. <see cref="Id"/> is the key its value comes back under in the invocation's inputs.</summary>
public abstract record BoundInput(string Id, string Label) : BoundElement;
