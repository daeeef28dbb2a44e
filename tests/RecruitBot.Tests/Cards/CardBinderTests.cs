using RecruitBot.Cards;
using static RecruitBot.Tests.Cards.TestCards;

namespace RecruitBot.Tests.Cards;

public class CardBinderTests
{
    [Fact]
    public void Bind_NestedPath_ResolvesThroughDictionaries()
    {
        var card = BindJson("""{"body":[{"type":"text","text":"Hi ${user.name.first}!"}]}""",
            D(("user", D(("name", D(("first", "Priya")))))));

        Assert.Equal("Hi Priya!", Assert.IsType<BoundTextBlock>(Assert.Single(card.Body)).Text.Plain);
    }

    [Fact]
    public void Bind_Repeat_GivesItemScopeIndexNumberAndRoot()
    {
        var card = BindJson(
            """{"body":[{"type":"repeat","items":"people","body":[{"type":"text","text":"${$index}/${$number} ${name} of ${$root.team} ${team}"}]}]}""",
            D(("team", "Data"), ("people", new List<object?> { D(("name", "Ana")), D(("name", "Bo")) })));

        var lines = card.Body.Cast<BoundGroup>().Select(g => ((BoundTextBlock)g.Body[0]).Text.Plain).ToList();
        Assert.Equal(new[] { "0/1 Ana of Data Data", "1/2 Bo of Data Data" }, lines);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("x", true)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(0, true)]
    public void Bind_When_HidesFalsyValues(object? value, bool shown)
    {
        var card = BindJson("""{"body":[{"type":"text","text":"shown","when":"flag"},{"type":"text","text":"negated","when":"!flag"}]}""",
            D(("flag", value)));

        var texts = card.Body.Cast<BoundTextBlock>().Select(t => t.Text.Plain).ToList();
        Assert.Equal(shown ? new[] { "shown" } : new[] { "negated" }, texts);
    }

    [Fact]
    public void Bind_WhenOnEmptyList_IsFalse()
    {
        var card = BindJson("""{"body":[{"type":"text","text":"none","when":"!items"}]}""", D(("items", new List<object?>())));

        Assert.Single(card.Body);
    }

    [Fact]
    public void Bind_MissingData_HidesTextFactsAndRepeatsWithoutThrowing()
    {
        var template = CardTemplates.Default.Get("outcome-confirm");

        var card = Binder.Bind(template, null);

        Assert.Empty(card.Body);
        Assert.Equal(3, card.Actions.Count);
        Assert.All(card.Actions, a => Assert.Equal("", a.Data["dialogId"]));
        Assert.Equal("outcome-confirm", card.Summary);
    }

    [Fact]
    public void Bind_WrongShapedData_TreatsItAsMissing()
    {
        var card = Binder.Bind("due-list", D(("title", 42), ("items", "not a list"), ("emptyText", D(("x", 1)))));

        Assert.Equal("42", Assert.IsType<BoundHeading>(Assert.Single(card.Body)).Text.Plain);
    }

    [Fact]
    public void Bind_BoldMarkersInData_StayLiteralText()
    {
        var card = BindJson("""{"body":[{"type":"text","text":"**Name:** ${name}"}]}""", D(("name", "**not bold**")));

        var runs = Assert.IsType<BoundTextBlock>(Assert.Single(card.Body)).Text.Runs;
        Assert.Equal(new[] { new TextRun("Name:", true), new TextRun(" **not bold**") }, runs);
    }

    [Fact]
    public void Bind_ChoiceValueNotAmongChoices_HasNoValue()
    {
        var card = Binder.Bind(TestCards.Sample("outcome-edit-sparse").Reply.Template, TestCards.Sample("outcome-edit-sparse").Reply.Data);

        var outcome = card.Inputs().OfType<BoundChoiceInput>().First(i => i.Id == "c1.outcome");
        Assert.Null(outcome.Value);
        Assert.Equal(6, outcome.Choices.Count);
    }

    [Theory]
    [InlineData("2027-05-21", "2027-05-21")]
    [InlineData("next spring", null)]
    [InlineData("21/05/2027", null)]
    public void Bind_DateInput_KeepsOnlyIsoDates(string value, string? expected)
    {
        var card = BindJson("""{"body":[{"type":"input.date","id":"d","label":"Date","value":"${v}"}]}""", D(("v", value)));

        Assert.Equal(expected, Assert.IsType<BoundDateInput>(Assert.Single(card.Body)).Value);
    }

    [Fact]
    public void Bind_DuplicateInputIds_KeepsTheFirst()
    {
        var card = BindJson("""{"body":[{"type":"input.text","id":"a","label":"One"},{"type":"input.text","id":"a","label":"Two"}]}""", null);

        Assert.Equal("One", Assert.Single(card.Inputs()).Label);
    }

    [Fact]
    public void Bind_ActionData_BindsInItemScope()
    {
        var card = Binder.Bind("choose-candidate", TestCards.Sample("choose-candidate").Reply.Data);

        var choose = card.AllActions().Where(a => a.Verb == "candidate.choose").ToList();
        Assert.Equal(new[] { "cand-101", "cand-245" }, choose.Select(a => a.Data["candidateId"]));
        Assert.All(choose, a => Assert.Equal("dlg-7f3a2c", a.Data["dialogId"]));
    }

    [Fact]
    public void Bind_NonStringValues_FormatInvariantly()
    {
        var card = BindJson("""{"body":[{"type":"text","text":"${n} ${b} ${d}"}]}""",
            D(("n", 1234.5m), ("b", true), ("d", new DateOnly(2027, 5, 21))));

        Assert.Equal("1234.5 true 2027-05-21", ((BoundTextBlock)card.Body[0]).Text.Plain);
    }

    [Fact]
    public void Bind_UnknownTemplate_ThrowsNamingIt()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Binder.Bind("no-such-card", null));

        Assert.Contains("no-such-card", ex.Message);
        Assert.Contains("outcome-confirm", ex.Message);
    }

    [Fact]
    public void Bind_SummaryGiven_WinsOverTemplateSummary()
    {
        var card = Binder.Bind("notice", D(("title", "T")), "Explicit");

        Assert.Equal("Explicit", card.Summary);
        Assert.Equal("T", Binder.Bind("notice", D(("title", "T"))).Summary);
    }
}
