using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Channels.Teams;
using RecruitBot.Conversation;
using RecruitBot.Tests.Channels.Teams.Support;

namespace RecruitBot.Tests.Channels.Teams;

public sealed class TeamsProactiveSenderTests : IAsyncLifetime
{
    private LocalBotFrameworkIssuer _issuer = null!;
    private FakeConnector _connector = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalBotFrameworkIssuer.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _host = await TeamsTestHost.StartAsync(_issuer.MetadataUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private TeamsProactiveSender Sender => _host.App.Services.GetRequiredService<TeamsProactiveSender>();

    private async Task HearFromConversationAsync()
    {
        var install = Activities.Base("installationUpdate", _connector.ServiceUrl).With("action", "update");
        var token = _issuer.Mint(d => d.Claims = new Dictionary<string, object> { ["serviceurl"] = _connector.ServiceUrl });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(install.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Send_UnknownConversation_NotSent()
    {
        var result = await Sender.SendAsync(Activities.Tenant, "never-seen", new TextReply("hi"));
        Assert.Equal(ProactiveSendStatus.UnknownConversation, result.Status);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Send_StoredConversation_PostsCardToConversation()
    {
        await HearFromConversationAsync();
        var card = new CardReply("notice", new Dictionary<string, object?> { ["title"] = "Due today", ["text"] = "Priya Shah" }, "1 candidate due");
        var result = await Sender.SendAsync(Activities.Tenant, Activities.Conversation, card);
        Assert.True(result.Sent);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("/connector/v3/conversations/a%3Apersonal-conv-1/activities", call.Path);
        Assert.Equal("1 candidate due", (string?)call.Body!["summary"]);
    }

    [Fact]
    public async Task Send_ConnectorSaysNotFound_MarkedGoneAndNotRetried()
    {
        await HearFromConversationAsync();
        _connector.Statuses.Enqueue(404);
        Assert.Equal(ProactiveSendStatus.Gone, (await Sender.SendAsync(Activities.Tenant, Activities.Conversation, new TextReply("hi"))).Status);
        Assert.Equal(ProactiveSendStatus.Gone, (await Sender.SendAsync(Activities.Tenant, Activities.Conversation, new TextReply("hi"))).Status);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task SendToUser_ByAadObjectId_UsesPersonalChat()
    {
        await HearFromConversationAsync();
        var result = await Sender.SendToUserAsync(Activities.Tenant, "aad-user-1", new TextReply("nudge"));
        Assert.True(result.Sent);
        Assert.Equal(Activities.Conversation, result.ConversationId);
    }

    [Fact]
    public async Task Send_OtherTenant_Unknown() =>
        Assert.Equal(ProactiveSendStatus.UnknownConversation, (await Sender.SendAsync("other-tenant", Activities.Conversation, new TextReply("hi"))).Status);
}
