using RecruitBot.Nudges;

namespace RecruitBot.Tests.Nudges;

public sealed class NudgeCommandParserTests
{
    [Theory]
    [InlineData("contacted Dana Fox", "Dana Fox", null)]
    [InlineData("Contacted dana fox: maybe later", "Dana Fox", OutreachResponse.MaybeLater)]
    [InlineData("I contacted Dana Fox, knows someone", "Dana Fox", OutreachResponse.KnowsSomeone)]
    public void Parse_Contacted_ReadsNameAndResponse(string text, string name, OutreachResponse? response)
    {
        var c = Assert.IsType<NudgeCommand.Contacted>(NudgeCommandParser.Parse(text));
        Assert.Equal(name, c.Name);
        Assert.Equal(response, c.Response);
    }

    [Theory]
    [InlineData("snooze Dana Fox 1 month", "Dana Fox", "1 month")]
    [InlineData("snooze Anna Toner 2 weeks", "Anna Toner", "2 weeks")]
    [InlineData("snooze Dana Fox until March", "Dana Fox", "until March")]
    [InlineData("snooze Dana Fox to whenever", "Dana Fox", "to whenever")]
    [InlineData("snooze Dana Fox 2026-03-01", "Dana Fox", "2026-03-01")]
    public void Parse_Snooze_SplitsNameAndWhen(string text, string name, string when)
    {
        var s = Assert.IsType<NudgeCommand.Snooze>(NudgeCommandParser.Parse(text));
        Assert.Equal((name, when), (s.Name, s.When));
    }

    [Fact]
    public void Parse_DoNotContactWithReason_KeepsTheReason()
    {
        var d = Assert.IsType<NudgeCommand.DoNotContact>(NudgeCommandParser.Parse("do not contact Dana Fox because she asked us not to"));
        Assert.Equal(("Dana Fox", "she asked us not to"), (d.Name, d.Reason));
    }

    [Theory]
    [InlineData("interviewing Priya Shah for QA Lead", "Priya Shah", "QA Lead", 0)]
    [InlineData("Priya Shah had her final round today", "Priya Shah", null, 0)]
    [InlineData("Priya Shah had her final round yesterday for the Data Engineer role", "Priya Shah", "Data Engineer", 1)]
    [InlineData("in process: Tom Lee, Backend Engineer", "Tom Lee", "Backend Engineer", 0)]
    public void Parse_InProcess_ReadsNameRoleAndDay(string text, string name, string? role, int daysAgo)
    {
        var t = Assert.IsType<NudgeCommand.Track>(NudgeCommandParser.Parse(text));
        Assert.Equal((name, role, daysAgo), (t.Name, t.Role, t.DaysAgo));
    }

    [Theory]
    [InlineData("Interviewed Priya Shah for QA Lead, we went with someone else")]
    [InlineData("Tom Lee withdrew, do not contact him again")]
    [InlineData("do not contact him")]
    [InlineData("who is due this week")]
    [InlineData("show Priya")]
    public void Parse_NotANudgeCommand_ReturnsNull(string text) => Assert.Null(NudgeCommandParser.Parse(text));
}
