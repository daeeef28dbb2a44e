using RecruitBot.Conversation;

namespace RecruitBot.Tests.Support;

/// <summary>Reads a turn's replies the way a user would: the card that came back, or the words.</summary>
public static class TurnAssert
{
    public static CardReply Card(this TurnResult result, string template)
    {
        var cards = result.Replies.OfType<CardReply>().Append(result.UpdateSourceCard).OfType<CardReply>().ToList();
        var card = cards.FirstOrDefault(c => c.Template == template);
        Assert.True(card is not null, $"Expected a '{template}' card but got: {Describe(result)}");
        return card!;
    }

    public static string Text(this TurnResult result) =>
        string.Join("\n", result.Replies.OfType<TextReply>().Select(t => t.Text));

    /// <summary>The one file the turn handed over (e.g. an export).</summary>
    public static FileReply File(this TurnResult result)
    {
        var file = result.Replies.OfType<FileReply>().SingleOrDefault();
        Assert.True(file is not null, $"Expected a file but got: {Describe(result)}");
        return file!;
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Items(this CardReply card, string key) =>
        ((IEnumerable<IReadOnlyDictionary<string, object?>>)card.Data[key]!).ToList();

    public static string Describe(TurnResult result) =>
        string.Join(" | ", result.Replies.Select(r => r switch
        {
            TextReply t => "text: " + t.Text,
            CardReply c => $"card {c.Template}: {c.Summary}",
            FileReply f => $"file {f.FileName}: {f.Summary}",
            _ => r.ToString(),
        }).Append(result.UpdateSourceCard is { } u ? $"update {u.Template}: {u.Summary}" : ""));
}
