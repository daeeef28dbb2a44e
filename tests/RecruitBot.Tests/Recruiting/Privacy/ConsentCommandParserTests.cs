using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Tests.Recruiting.Privacy;

public sealed class ConsentCommandParserTests
{
    [Theory]
    [InlineData("Priya Shah applied", "Priya Shah", CandidateSource.Applied)]
    [InlineData("sourced Priya Shah", "Priya Shah", CandidateSource.Sourced)]
    [InlineData("I sourced Priya Shah.", "Priya Shah", CandidateSource.Sourced)]
    [InlineData("Priya Shah was referred", "Priya Shah", CandidateSource.Referred)]
    [InlineData("source of Marcus O'Neil: sourced", "Marcus O'Neil", CandidateSource.Sourced)]
    public void Parse_SourceCommands_NameAndSource(string text, string name, CandidateSource source)
    {
        Assert.Equal(new ConsentCommand.SetSource(name, source), ConsentCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("consent Priya Shah until 2027-06-01", "Priya Shah", "2027-06-01")]
    [InlineData("consent Priya Shah for 2 years", "Priya Shah", "2 years")]
    [InlineData("consent Priya Shah", "Priya Shah", null)]
    [InlineData("Priya Shah agreed to stay in the pool", "Priya Shah", null)]
    [InlineData("Priya Shah agreed to stay in the talent pool until June 2027!", "Priya Shah", "June 2027")]
    public void Parse_ConsentGiven_NameAndUntil(string text, string name, string? until)
    {
        Assert.Equal(new ConsentCommand.Give(name, until), ConsentCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("Priya Shah declined to stay in the pool")]
    [InlineData("Priya Shah refused the talent pool")]
    [InlineData("no consent Priya Shah")]
    public void Parse_ConsentRefused_Name(string text)
    {
        Assert.Equal(new ConsentCommand.Refuse("Priya Shah"), ConsentCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("set retention 18 months", 18)]
    [InlineData("retention 6 month", 6)]
    [InlineData("Set retention to 36 months.", 36)]
    public void Parse_SetRetention_Months(string text, int months)
    {
        Assert.Equal(new ConsentCommand.SetRetention(months), ConsentCommandParser.Parse(text));
    }

    [Fact]
    public void Parse_ShowRetention_Recognised()
    {
        Assert.IsType<ConsentCommand.ShowRetention>(ConsentCommandParser.Parse("what is our retention?"));
    }

    [Theory]
    [InlineData("Interviewed Priya Shah for Senior Data Engineer, she applied last month, we went with someone else")]
    [InlineData("Priya Shah was runner-up for QA Lead")]
    [InlineData("who is due")]
    [InlineData("consent")]
    [InlineData("set retention forever")]
    public void Parse_NotACommand_Null(string text)
    {
        Assert.Null(ConsentCommandParser.Parse(text));
    }
}
