using System.Text;

namespace RecruitBot.Cards;

/// <summary>
/// Renders a bound card as plain terminal text: headings, aligned facts, inputs as <c>id: value</c> lines,
/// and every action as a numbered choice (<c>[1] Confirm  [2] Edit</c>), per-item ones next to their item.
/// </summary>
public sealed class TextCardRenderer
{
    public TextCard Render(BoundCard card)
    {
        var output = new StringBuilder();
        var choices = new List<CardChoice>();
        Elements(card.Body, output, choices);
        if (card.Actions.Count > 0)
        {
            Blank(output);
            output.Append(ChoiceLine(card.Actions, choices)).Append('\n');
        }
        if (output.Length == 0)
        {
            output.Append(card.Summary).Append('\n');
        }
        return new TextCard(output.ToString().TrimEnd('\n'), choices);
    }

    private static void Elements(IReadOnlyList<BoundElement> elements, StringBuilder output, List<CardChoice> choices)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case BoundHeading { Level: 1 } h:
                    Blank(output);
                    output.Append(h.Text.Plain).Append('\n');
                    output.Append(new string('=', Math.Clamp(h.Text.Plain.Length, 3, 60))).Append('\n');
                    break;
                case BoundHeading h:
                    Blank(output);
                    output.Append(h.Text.Plain).Append('\n');
                    break;
                case BoundTextBlock t:
                    output.Append(t.Subtle ? "  " + t.Text.Plain.Replace("\n", "\n  ") : t.Text.Plain).Append('\n');
                    break;
                case BoundFacts f:
                    var width = f.Facts.Max(x => x.Title.Length);
                    foreach (var fact in f.Facts)
                    {
                        var indent = new string(' ', width + 2);
                        output.Append(fact.Title.PadRight(width)).Append("  ")
                              .Append(fact.Value.Replace("\n", "\n" + indent)).Append('\n');
                    }
                    break;
                case BoundDivider:
                    output.Append(new string('-', 20)).Append('\n');
                    break;
                case BoundGroup g:
                    if (g.Separator)
                    {
                        Blank(output);
                    }
                    Elements(g.Body, output, choices);
                    if (g.Actions.Count > 0)
                    {
                        output.Append(ChoiceLine(g.Actions, choices)).Append('\n');
                    }
                    break;
                case BoundInput i:
                    output.Append(Input(i)).Append('\n');
                    break;
            }
        }
    }

    private static string Input(BoundInput input) => input switch
    {
        BoundChoiceInput c => $"{c.Id}: {c.Value ?? ""}  ({c.Label}; one of: {string.Join(", ", c.Choices.Select(x => x.Value))})",
        BoundDateInput d => $"{d.Id}: {d.Value ?? ""}  ({d.Label}; yyyy-MM-dd)",
        BoundTextInput t => $"{t.Id}: {(t.Value ?? "").Replace("\n", " / ")}  ({t.Label})",
        _ => $"{input.Id}:",
    };

    private static string ChoiceLine(IReadOnlyList<BoundAction> actions, List<CardChoice> choices)
    {
        var parts = new List<string>();
        foreach (var action in actions)
        {
            var choice = new CardChoice(choices.Count + 1, action.Title, action.Verb, action.Data);
            choices.Add(choice);
            parts.Add($"[{choice.Number}] {choice.Title}");
        }
        return string.Join("  ", parts);
    }

    private static void Blank(StringBuilder output)
    {
        if (output.Length > 0 && !output.ToString().EndsWith("\n\n", StringComparison.Ordinal))
        {
            output.Append('\n');
        }
    }
}
