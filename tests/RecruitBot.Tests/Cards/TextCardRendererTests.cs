using RecruitBot.Cards;
using static RecruitBot.Tests.Cards.TestCards;

namespace RecruitBot.Tests.Cards;

public class TextCardRendererTests
{
    [Fact]
    public void Render_OutcomeConfirm_ListsFactsAndNumberedChoices()
    {
        var card = Text.Render(BindSample("outcome-confirm"));

        Assert.StartsWith("Log this outcome?\n=================\n", card.Text);
        Assert.Contains("Outcome       runner-up\n", card.Text);
        Assert.Contains("Next contact  2027-05-21\n", card.Text);
        Assert.EndsWith("[1] Confirm  [2] Edit  [3] Cancel", card.Text);
        Assert.Equal(new[] { "outcome.confirm", "outcome.edit", "outcome.cancel" }, card.Choices.Select(c => c.Verb));
        Assert.Equal(new[] { 1, 2, 3 }, card.Choices.Select(c => c.Number));
        Assert.Equal("dlg-7f3a2c", card.Choices[0].Data["dialogId"]);
    }

    [Fact]
    public void Render_OutcomeEdit_ShowsInputsAsIdValueLines()
    {
        var card = Text.Render(BindSample("outcome-edit"));

        Assert.Contains("c1.name: Priya Shah  (Name)\n", card.Text);
        Assert.Contains("c1.outcome: runner-up  (Outcome; one of: hired, rejected, runner-up", card.Text);
        Assert.Contains("c1.nextContact: 2027-05-21  (Next contact; yyyy-MM-dd)\n", card.Text);
    }

    [Fact]
    public void Render_PerItemActions_NumberedInDisplayOrder()
    {
        var card = Text.Render(BindSample("due-list"));

        Assert.Equal(3, card.Choices.Count);
        Assert.Equal(new[] { "cand-101", "cand-102", "cand-103" }, card.Choices.Select(c => c.Data["candidateId"]));
        Assert.Contains("Priya Shah\n  Senior Data Engineer\n", card.Text);
        Assert.Contains("[3] Show", card.Text);
    }

    [Fact]
    public void Render_EmptyDueList_ShowsEmptyText()
    {
        var card = Text.Render(BindSample("due-list-empty"));

        Assert.Contains("Nobody is due right now.", card.Text);
        Assert.Empty(card.Choices);
    }

    [Theory]
    [InlineData("2", "outcome.edit")]
    [InlineData("[3]", "outcome.cancel")]
    [InlineData(" confirm ", "outcome.confirm")]
    [InlineData("EDIT", "outcome.edit")]
    [InlineData("7", null)]
    [InlineData("maybe", null)]
    [InlineData("", null)]
    public void Match_NumberOrTitle_FindsChoice(string typed, string? verb)
    {
        var card = Text.Render(BindSample("outcome-confirm"));

        Assert.Equal(verb, card.Match(typed)?.Verb);
    }

    [Fact]
    public void Match_TitleSharedByRows_MatchesNothing()
    {
        var card = Text.Render(BindSample("due-list"));

        Assert.Null(card.Match("show"));
        Assert.Equal("cand-102", card.Match("2")?.Data["candidateId"]);
    }
}
