using RecruitBot.Channels.Teams.Files;

namespace RecruitBot.Tests.Channels.Teams.Files;

public sealed class UploadUrlRuleTests
{
    [Theory]
    [InlineData("https://contoso-my.sharepoint.com/personal/upload/session?tempauth=x", true)]
    [InlineData("http://127.0.0.1:5123/upload/1", true)]
    [InlineData("http://contoso-my.sharepoint.com/upload", false)]
    [InlineData("http://10.0.0.5/upload", false)]
    [InlineData("https://user:pass@contoso-my.sharepoint.com/upload", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/relative/upload", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsAllowed_Url_OnlyHttpsOrLoopback(string? url, bool allowed) => Assert.Equal(allowed, UploadUrlRule.IsAllowed(url));
}
