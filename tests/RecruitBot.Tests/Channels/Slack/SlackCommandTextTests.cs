using RecruitBot.Channels.Slack;

namespace RecruitBot.Tests.Channels.Slack;

public sealed class SlackCommandTextTests
{
    [Theory]
    [InlineData("log Interviewed Priya, strong SQL", "Interviewed Priya, strong SQL")]
    [InlineData("due", "who is due")]
    [InlineData("DUE", "who is due")]
    [InlineData("show Priya Shah", "show Priya Shah")]
    [InlineData("help", "help")]
    [InlineData("", "help")]
    [InlineData("refer Sam Lee for Data Engineer", "refer Sam Lee for Data Engineer")]
    [InlineData("who is due next week", "who is due next week")]
    public void ToEngineText_Subcommand_EngineText(string command, string expected) =>
        Assert.Equal(expected, SlackCommandText.ToEngineText(command));
}
