using RecruitBot.Cards;

namespace RecruitBot.Tests.Cards;

public class CardTemplateTests
{
    public static readonly string[] ContractTemplates =
    {
        "help", "outcome-confirm", "outcome-edit", "outcome-logged", "choose-candidate", "due-list", "timeline", "notice",
    };

    [Fact]
    public void Default_EmbedsEveryTemplateOfTheReadme()
    {
        Assert.Subset(CardTemplates.Default.Names.ToHashSet(), ContractTemplates.ToHashSet());
    }

    [Fact]
    public void Default_EveryTemplateHasASampleAndEverySampleBinds()
    {
        foreach (var name in CardTemplates.Default.Names)
        {
            var samples = CardSamples.For(name).ToList();
            Assert.True(samples.Count > 0, $"template '{name}' has no sample in CardSamples");
            foreach (var sample in samples)
            {
                var card = TestCards.Binder.Bind(sample.Reply.Template, sample.Reply.Data, sample.Reply.Summary);
                Assert.NotEmpty(card.Body);
                Assert.False(string.IsNullOrWhiteSpace(card.Summary));
            }
        }
    }

    [Theory]
    [InlineData("""{"body":[{"type":"carousel"}]}""", "unknown type 'carousel'")]
    [InlineData("""{"body":[{"type":"text"}]}""", "\"text\"")]
    [InlineData("""{"body":[{"type":"input.text","label":"x"}]}""", "\"id\"")]
    [InlineData("""{"body":[{"type":"repeat","items":"x"}]}""", "\"body\" array")]
    [InlineData("""{"body":[],"actions":[{"title":"Go"}]}""", "\"verb\"")]
    [InlineData("""{"body":[],"actions":[{"title":"Go","verb":"v","style":"loud"}]}""", "style 'loud'")]
    [InlineData("""{"nobody":[]}""", "\"body\" array")]
    [InlineData("""{"body":[""", "not valid JSON")]
    public void Parse_BadTemplate_ThrowsSayingWhere(string json, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => CardTemplate.Parse("bad", json));

        Assert.Contains(expected, ex.Message);
        Assert.Contains("'bad'", ex.Message);
    }
}
