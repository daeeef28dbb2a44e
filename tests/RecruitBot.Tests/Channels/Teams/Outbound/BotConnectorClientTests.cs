using System.Net;
using RecruitBot.Channels.Teams;
using RecruitBot.Channels.Teams.Outbound;
using RecruitBot.Channels.Teams.Wire;
using RecruitBot.Tests.Channels.Teams.Support;

namespace RecruitBot.Tests.Channels.Teams.Outbound;

public sealed class BotConnectorClientTests : IAsyncLifetime
{
    private sealed class FixedToken(string? token) : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken ct) => Task.FromResult(token);
    }

    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private BotConnectorClient Client(string? token = null) =>
        new(new HttpClient(), new FixedToken(token), new TeamsOptions { ConnectorRetryBaseDelay = TimeSpan.FromMilliseconds(5) }, TimeProvider.System);

    [Fact]
    public async Task Send_ThrottledThenOk_RetriedAndReturnsId()
    {
        _connector.Statuses.Enqueue(429);
        _connector.Statuses.Enqueue(503);
        var id = await Client().SendToConversationAsync(_connector.ServiceUrl, "c1", new Activity { Type = "message", Text = "hi" }, default);
        Assert.StartsWith("act-", id);
        Assert.Equal(3, _connector.Calls.Count);
    }

    [Fact]
    public async Task Send_AlwaysUnavailable_GivesUpAfterMaxAttempts()
    {
        for (var i = 0; i < 10; i++) _connector.Statuses.Enqueue(503);
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => Client().SendToConversationAsync(_connector.ServiceUrl, "c1", new Activity { Type = "message" }, default));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Equal(4, _connector.Calls.Count);
    }

    [Fact]
    public async Task Send_NotFound_ConversationGone()
    {
        _connector.Statuses.Enqueue(404);
        var e = await Assert.ThrowsAsync<ConversationGoneException>(() => Client().SendToConversationAsync(_connector.ServiceUrl, "c1", new Activity { Type = "message" }, default));
        Assert.Equal("c1", e.ConversationId);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Send_WithToken_BearerHeader()
    {
        await Client("tok").SendToConversationAsync(_connector.ServiceUrl, "c1", new Activity { Type = "message" }, default);
        Assert.Equal("Bearer tok", Assert.Single(_connector.Calls).Authorization);
    }

    [Fact]
    public async Task Send_PlainHttpRemote_Refused() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => Client().SendToConversationAsync("http://smba.example.com/", "c1", new Activity(), default));

    [Fact]
    public async Task CreateConversation_Ok_ReturnsNewId() =>
        Assert.Equal("a:new-personal", await Client().CreateConversationAsync(_connector.ServiceUrl, "t1", "28:bot", "29:user", default));
}
