namespace RecruitBot.Cards;

/// <summary>
/// Where a <c>${path}</c> is looked up: the current repeat item, then each enclosing item, then the root data.
/// </summary>
internal sealed record BindScope(object? Item, int Index, BindScope? Parent)
{
    public static BindScope ForRoot(IReadOnlyDictionary<string, object?> data) => new(data, 0, null);

    public BindScope Root => Parent?.Root ?? this;

    public BindScope Enter(object? item, int index) => new(item, index, this);
}
