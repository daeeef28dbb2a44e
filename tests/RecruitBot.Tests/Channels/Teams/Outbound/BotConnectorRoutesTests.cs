using RecruitBot.Channels.Teams.Outbound;

namespace RecruitBot.Tests.Channels.Teams.Outbound;

public sealed class BotConnectorRoutesTests
{
    [Fact]
    public void ReplyToActivity_IdsWithSlashesAndSemicolons_Escaped() =>
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1/activities/a%2F..%2Fb",
            BotConnectorRoutes.ReplyToActivity("https://smba.trafficmanager.net/amer/", "19:abc@thread.skype;messageid=1", "a/../b").AbsoluteUri);

    [Fact]
    public void SendToConversation_ServiceUrlWithoutSlash_JoinedOnce() =>
        Assert.Equal("http://localhost:56150/_connector/v3/conversations/c1/activities",
            BotConnectorRoutes.SendToConversation("http://localhost:56150/_connector", "c1").AbsoluteUri);

    [Fact]
    public void CreateConversation_NotHttp_Throws() =>
        Assert.Throws<ArgumentException>(() => BotConnectorRoutes.CreateConversation("file:///etc/passwd"));

    [Fact]
    public void UpdateActivity_EmptyId_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => BotConnectorRoutes.UpdateActivity("https://x.example/", "c1", ""));
}
