namespace RecruitBot.Cards;

/// <summary>A template bound to data: what every renderer works from.</summary>
public sealed record BoundCard(
    string Template,
    string Summary,
    IReadOnlyList<BoundElement> Body,
    IReadOnlyList<BoundAction> Actions)
{
    public bool HasInputs => Inputs().Any();

    /// <summary>Every input, depth first, in display order.</summary>
    public IEnumerable<BoundInput> Inputs() => Walk(Body).OfType<BoundInput>();

    /// <summary>Every action: per-item actions in display order, then the card's own.</summary>
    public IEnumerable<BoundAction> AllActions() =>
        Walk(Body).OfType<BoundGroup>().SelectMany(g => g.Actions).Concat(Actions);

    private static IEnumerable<BoundElement> Walk(IEnumerable<BoundElement> elements)
    {
        foreach (var element in elements)
        {
            yield return element;
            if (element is BoundGroup group)
            {
                foreach (var inner in Walk(group.Body))
                {
                    yield return inner;
                }
            }
        }
    }
}
