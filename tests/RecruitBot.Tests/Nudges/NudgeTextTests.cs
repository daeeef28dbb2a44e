using System.Text.RegularExpressions;
using RecruitBot.Nudges;

namespace RecruitBot.Tests.Nudges;

public sealed class NudgeTextTests
{
    private static readonly DateOnly Today = new(2025, 11, 18);

    [Theory]
    [InlineData("can't relocate", "Jamal couldn't relocate in May. Has that changed?")]
    [InlineData("needs visa sponsorship", "Jamal needed visa sponsorship in May. Has that changed?")]
    [InlineData("3 months notice", "In May the blocker for Jamal was \"3 months notice\". Has that changed?")]
    public void BlockerQuestion_UsesTheStoredBlockerAndMonth(string blocker, string expected) =>
        Assert.Equal(expected, NudgeText.BlockerQuestion("Jamal Reed", blocker, new DateOnly(2025, 5, 20), Today));

    [Fact]
    public void BlockerQuestion_LastYear_NamesTheYear() =>
        Assert.StartsWith("Jamal couldn't relocate in May 2024.", NudgeText.BlockerQuestion("Jamal Reed", "can't relocate", new DateOnly(2024, 5, 20), Today));

    [Theory]
    [InlineData("2025-11-18", "today")]
    [InlineData("2025-11-13", "5 days ago")]
    [InlineData("2025-10-28", "3 weeks ago")]
    [InlineData("2025-08-18", "3 months ago")]
    [InlineData("2023-06-01", "2 years ago")]
    public void Ago_ReadsLikeAPerson(string then, string expected) => Assert.Equal(expected, NudgeText.Ago(DateOnly.Parse(then), Today));

    [Fact]
    public void CheckIn_ContainsOnlyStoredFacts()
    {
        var facts = new CheckInFacts("Jamal Reed", "QA Lead", new DateOnly(2025, 5, 20), "can't relocate", new DateOnly(2025, 5, 20), "Dana");

        var text = NudgeText.CheckIn(facts, Today);

        Assert.Contains("Hi Jamal,", text);
        Assert.Contains("the QA Lead role", text);
        Assert.Contains("5 months", text);
        Assert.Contains("couldn't relocate", text);
        // Every capitalised word, number and month is one of the stored facts or fixed template wording.
        var allowed = new HashSet<string> { "Hi", "Jamal", "I", "It's", "QA", "Lead", "When", "May", "Has", "Would", "Best", "Dana", "5" };
        var tokens = Regex.Matches(text, @"\b(?:[A-Z][\w']*|\d+)\b").Select(m => m.Value);
        Assert.All(tokens, t => Assert.Contains(t, allowed));
    }

    [Fact]
    public void CheckIn_WithoutRoleOrBlocker_InventsNeither()
    {
        var text = NudgeText.CheckIn(new CheckInFacts("Sam Hill", null, null, null, null, null), Today);

        Assert.Equal("Hi Sam,\nI hope you're well. I wanted to check in.\nWould you be open to a quick catch-up?\nBest,", text);
    }
}
