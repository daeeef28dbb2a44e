namespace RecruitBot.Cards;

/// <summary>Card text as runs, so each renderer can escape user text for its own markup.</summary>
public sealed record RichText(IReadOnlyList<TextRun> Runs)
{
    public static readonly RichText Empty = new(Array.Empty<TextRun>());

    public string Plain => string.Concat(Runs.Select(r => r.Text));

    public bool IsBlank => string.IsNullOrWhiteSpace(Plain);

    public static RichText Of(string text) => new(new[] { new TextRun(text) });
}
