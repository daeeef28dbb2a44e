using RecruitBot.Channels.Slack.Security;

namespace RecruitBot.Tests.Channels.Slack.Security;

public sealed class SlackUploadUrlRuleTests
{
    private const string Api = "https://slack.com/api/";

    [Theory]
    [InlineData("https://files.slack.com/upload/v1/CwABAAAAXwoAAZ", Api, true)]
    [InlineData("http://files.slack.com/upload/v1/x", Api, false)]
    [InlineData("https://files.slack.com.evil.example/upload/v1/x", Api, false)]
    [InlineData("https://u:p@files.slack.com/upload/v1/x", Api, false)]
    [InlineData("https://example.org/upload", Api, false)]
    [InlineData("http://127.0.0.1:5001/upload/v1/F1", "http://127.0.0.1:5001/api/", true)]
    [InlineData("http://127.0.0.1:5002/upload/v1/F1", "http://127.0.0.1:5001/api/", false)]
    [InlineData("not a url", Api, false)]
    [InlineData(null, Api, false)]
    public void IsAllowed_Url_OnlySlackFileHostOrConfiguredApiHost(string? url, string apiBase, bool allowed) =>
        Assert.Equal(allowed, SlackUploadUrlRule.IsAllowed(url, apiBase));
}
