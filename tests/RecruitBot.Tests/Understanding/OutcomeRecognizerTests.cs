using RecruitBot.Recruiting;
using RecruitBot.Understanding;

namespace RecruitBot.Tests.Understanding;

public class OutcomeRecognizerTests
{
    private static readonly DateTime Tuesday = new(2025, 11, 18, 9, 0, 0);
    private readonly OutcomeRecognizer _recognizer = new();

    private CandidateMention One(string text)
    {
        var parse = _recognizer.Recognize(text, Tuesday);
        return Assert.Single(parse.Candidates);
    }

    [Fact]
    public void Recognize_PriyaShahExample_ReadsEveryField()
    {
        var c = One("Interviewed Priya Shah for the Senior Data Engineer role — strong SQL, weak on system design, we went with someone else. Check back in 3 months");
        Assert.Equal("Priya Shah", c.Name);
        Assert.Equal("Senior Data Engineer", c.Role);
        Assert.Equal(Outcome.RunnerUp, c.Outcome);
        Assert.Equal(ReasonCategory.SkillsGap, c.ReasonCategory);
        Assert.Equal("strong SQL, weak on system design", c.ReasonText);
        Assert.Equal(new DateOnly(2026, 2, 18), c.FollowUp?.Date);
        Assert.Equal("in 3 months", c.FollowUp?.Phrase);
        Assert.False(c.NoFollowUp);
    }

    [Fact]
    public void Recognize_TwoCandidates_SplitsOutcomesAndReasons()
    {
        var parse = _recognizer.Recognize("Priya Shah runner-up for QA Lead, Tom Lee rejected - weak on testing", Tuesday);
        Assert.Equal(["Priya Shah", "Tom Lee"], parse.Candidates.Select(c => c.Name));
        Assert.Equal([Outcome.RunnerUp, Outcome.Rejected], parse.Candidates.Select(c => c.Outcome));
        Assert.Equal("QA Lead", parse.Candidates[0].Role);
        Assert.Equal(ReasonCategory.SkillsGap, parse.Candidates[1].ReasonCategory);
    }

    [Fact]
    public void Recognize_TitleWithoutJobWordAfterFor_RoleNotASecondPerson()
    {
        var parse = _recognizer.Recognize("Interviewed Priya Shah for Zephyr Pilot. Tom Lee was rejected for Quantum Alchemist, weak on testing", Tuesday);
        Assert.Equal(["Priya Shah", "Tom Lee"], parse.Candidates.Select(c => c.Name));
        Assert.Equal(["Zephyr Pilot", "Quantum Alchemist"], parse.Candidates.Select(c => c.Role));
    }

    [Fact]
    public void Recognize_NameAfterForFollowedByOutcome_StillAPerson()
    {
        var parse = _recognizer.Recognize("Update for Tom Lee: rejected, weak on testing", Tuesday);
        Assert.Equal(["Tom Lee"], parse.Candidates.Select(c => c.Name));
    }

    [Fact]
    public void Recognize_OutcomeBeforeSecondName_BelongsToThatName()
    {
        var parse = _recognizer.Recognize("Tom Lee rejected, hired Priya Shah for the QA Lead role", Tuesday);
        Assert.Equal([Outcome.Rejected, Outcome.Hired], parse.Candidates.Select(c => c.Outcome));
    }

    [Theory]
    [InlineData("Tom Lee rejcted", Outcome.Rejected)]
    [InlineData("Tom Lee runnerup", Outcome.RunnerUp)]
    [InlineData("Tom Lee runner up", Outcome.RunnerUp)]
    [InlineData("Tom Lee wihdrew", Outcome.Withdrew)]
    [InlineData("Tom Lee declned the offer", Outcome.DeclinedOffer)]
    [InlineData("Tom Lee hird", Outcome.Hired)]
    [InlineData("Tom Lee took another offer", Outcome.Withdrew)]
    [InlineData("Tom Lee turned down the offer", Outcome.DeclinedOffer)]
    [InlineData("Tom Lee on hold, req frozen", Outcome.OnHold)]
    [InlineData("Tom Lee signed, starts Monday", Outcome.Hired)]
    [InlineData("Tom Lee - not a fit", Outcome.Rejected)]
    [InlineData("Tom Lee close second", Outcome.RunnerUp)]
    [InlineData("Tom Lee ❌", Outcome.Rejected)]
    public void Recognize_OutcomeWordsAndTypos_MapToOutcome(string text, Outcome expected)
    {
        Assert.Equal(expected, One(text).Outcome);
    }

    [Fact]
    public void Recognize_WentWithSomeoneElseWithoutPraise_IsRejected()
    {
        Assert.Equal(Outcome.Rejected, One("Tom Lee: we went with someone else").Outcome);
        Assert.Equal(Outcome.RunnerUp, One("Tom Lee was great but we went with someone else").Outcome);
    }

    [Theory]
    [InlineData("interviewed priya shah, rejected", "Priya Shah")]
    [InlineData("may robinson hired 🎉", "May Robinson")]
    [InlineData("April Chen withdrew", "April Chen")]
    [InlineData("june was rejected", "June")]
    [InlineData("liam o'connor withdrew", "Liam O'Connor")]
    public void Recognize_NamesInAnyCase_AreTitleCased(string text, string name)
    {
        var c = One(text);
        Assert.Equal(name, c.Name);
        Assert.Empty(_recognizer.Recognize(text, Tuesday).Dates);
    }

    [Theory]
    [InlineData("for the Senior Data Engineer role", "Senior Data Engineer")]
    [InlineData("(QA Lead)", "QA Lead")]
    [InlineData("as frontend eng", "frontend eng")]
    [InlineData("for Backend Engineer", "Backend Engineer")]
    [InlineData("for the SRE position", "SRE")]
    public void Recognize_RoleWrittenManyWays_ReturnsTrimmedRole(string rolePhrase, string role)
    {
        Assert.Equal(role, One($"Tom Lee {rolePhrase} rejected").Role);
    }

    [Theory]
    [InlineData("Tom Lee rejected, no follow up. maybe in 3 months")]
    [InlineData("Tom Lee rejected - don't follow up")]
    [InlineData("Tom Lee rejected, not worth revisiting")]
    public void Recognize_NoFollowUp_SetsFlagAndDropsFollowUp(string text)
    {
        var c = One(text);
        Assert.True(c.NoFollowUp);
        Assert.Null(c.FollowUp);
    }

    [Fact]
    public void Recognize_DoNotContact_SetsBothFlags()
    {
        var c = One("Tom Lee asked not to be contacted, rejected");
        Assert.True(c.DoNotContact);
        Assert.True(c.NoFollowUp);
    }

    [Fact]
    public void Recognize_DateUnrelatedToFollowUp_IsNotFollowUp()
    {
        var parse = _recognizer.Recognize("interviewed on Monday, Tom Lee rejected. notice period 6 weeks", Tuesday);
        Assert.Equal(2, parse.Dates.Count);
        Assert.Null(Assert.Single(parse.Candidates).FollowUp);
    }

    [Fact]
    public void Recognize_NoNameOrNoOutcome_LeavesThoseNull()
    {
        Assert.Null(One("Rejected. Not a fit.").Name);
        Assert.Null(One("Interviewed Tom Lee for QA Lead today").Outcome);
        Assert.Empty(_recognizer.Recognize("the coffee machine is broken", Tuesday).Candidates);
    }

    [Fact]
    public void Recognize_BlockersAndContact_AreRead()
    {
        var c = One("Tom Lee declined our offer, can't relocate and comp expectations too high. tom.lee@example.com, +1 415 555 0100, linkedin.com/in/tomlee. ping him in Q3");
        Assert.Equal(["can't relocate", "comp expectations too high"], c.Blockers);
        Assert.Equal(new ContactDetails("tom.lee@example.com", "+1 415 555 0100", "https://linkedin.com/in/tomlee"), c.Contact);
        Assert.Equal(new DateOnly(2026, 7, 1), c.FollowUp?.Date);
        Assert.Equal(ReasonCategory.Compensation, c.ReasonCategory);
    }

    [Fact]
    public void Recognize_LaterFirstNameMention_JoinsFullName()
    {
        var parse = _recognizer.Recognize("Priya Shah runner-up, Tom Lee rejected. Check back with Priya in 6 months", Tuesday);
        Assert.Equal(2, parse.Candidates.Count);
        Assert.Equal(new DateOnly(2026, 5, 18), parse.Candidates[0].FollowUp?.Date);
        Assert.Null(parse.Candidates[1].FollowUp);
    }
}
