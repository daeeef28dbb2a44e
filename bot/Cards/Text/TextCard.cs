namespace RecruitBot.Cards;

/// <summary>A card as terminal text plus its numbered choices.</summary>
public sealed record TextCard(string Text, IReadOnlyList<CardChoice> Choices)
{
    /// <summary>
    /// Finds the choice a user typed: its number (optionally in brackets) or its title, ignoring case.
    /// A title shared by several choices (e.g. "Show" on every row) matches none; the number is needed then.
    /// </summary>
    public CardChoice? Match(string? typed)
    {
        var t = typed?.Trim().Trim('[', ']').Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }
        if (int.TryParse(t, out var number))
        {
            return Choices.FirstOrDefault(c => c.Number == number);
        }
        var byTitle = Choices.Where(c => string.Equals(c.Title, t, StringComparison.OrdinalIgnoreCase)).ToList();
        return byTitle.Count == 1 ? byTitle[0] : null;
    }
}
