using RecruitBot.Conversation;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Tests.Recruiting.Storage;

public sealed class CardPayloadTests
{
    [Fact]
    public void Deserialize_SerializedCard_SameTree()
    {
        var card = CardViews.Due("Due now", [new RecruitBot.Recruiting.DueItem(Guid.NewGuid(), "Priya <Shah> & co", "QA Lead",
            RecruitBot.Recruiting.Outcome.RunnerUp, "strong SQL", ["can't relocate"], new DateOnly(2026, 2, 18), "policy", "u1")], new DateOnly(2026, 2, 20));

        var back = CardPayload.Deserialize(CardPayload.Serialize(card));

        Assert.Equal(card.Template, back.Template);
        Assert.Equal(card.Summary, back.Summary);
        var item = ((IEnumerable<object?>)back.Data["items"]!).Cast<IReadOnlyDictionary<string, object?>>().Single();
        Assert.Equal("Priya <Shah> & co", item["name"]);
        Assert.Equal(true, item["overdue"]);
    }

    [Fact]
    public void Deserialize_NoTemplate_FormatException() =>
        Assert.Throws<FormatException>(() => CardPayload.Deserialize("{\"Data\":{}}"));
}
