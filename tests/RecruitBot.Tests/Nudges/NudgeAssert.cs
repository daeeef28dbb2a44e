using RecruitBot.Conversation;

namespace RecruitBot.Tests.Nudges;

/// <summary>Reads card data whether it came straight from the engine or back out of the outbox payload.</summary>
public static class NudgeAssert
{
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(this CardReply card, string key) =>
        ((System.Collections.IEnumerable)card.Data[key]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();

    public static IReadOnlyList<string> Names(this CardReply card) => card.Rows("items").Select(i => (string)i["name"]!).ToList();
}
