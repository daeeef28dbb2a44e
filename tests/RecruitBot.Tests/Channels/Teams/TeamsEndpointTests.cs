using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RecruitBot.Conversation;
using RecruitBot.Tests.Channels.Teams.Support;

namespace RecruitBot.Tests.Channels.Teams;

public sealed class TeamsEndpointTests : IAsyncLifetime
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

    private string Token(string? serviceUrl = null) =>
        _issuer.Mint(d => d.Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? _connector.ServiceUrl });

    private Task<HttpResponseMessage> PostAsync(JsonNode activity, string? authorization) => PostRawAsync(activity.ToJsonString(), authorization);

    private Task<HttpResponseMessage> PostRawAsync(string body, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Post_AuthenticatedMessage_EngineTurnAndReplyViaConnector()
    {
        var response = await PostAsync(Activities.Message(_connector.ServiceUrl, "<at>RecruitBot</at> who is due &amp; why", "m-1"), "Bearer " + Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_host.Engine.Turns);
        Assert.Equal("who is due & why", turn.Text);
        Assert.Equal(Activities.Tenant, turn.TenantId);
        Assert.Equal("aad-user-1", turn.User.Id);
        Assert.Equal("Europe/Berlin", turn.TimeZoneId);
        Assert.Equal("msteams", turn.ChannelId);
        var call = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Equal("POST", call.Method);
        Assert.Equal("/connector/v3/conversations/a%3Apersonal-conv-1/activities/m-1", call.Path);
        Assert.Equal("echo: who is due & why", (string?)call.Body!["text"]);
        Assert.Null(call.Authorization);
    }

    [Fact]
    public async Task Post_NoAuthorization_UnauthorizedAndEngineUntouched()
    {
        var response = await PostAsync(Activities.Message(_connector.ServiceUrl, "hi"), null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Engine.Turns);
    }

    [Fact]
    public async Task Post_GarbageToken_Unauthorized() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(Activities.Message(_connector.ServiceUrl, "hi"), "Bearer %%%garbage")).StatusCode);

    [Fact]
    public async Task Post_TokenForOtherServiceUrl_Forbidden()
    {
        var response = await PostAsync(Activities.Message(_connector.ServiceUrl, "hi"), "Bearer " + Token("https://smba.trafficmanager.net/emea/"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_host.Engine.Turns);
    }

    [Fact]
    public async Task Post_32KbAuthorizationHeader_ReachesValidator()
    {
        var response = await PostAsync(Activities.Message(_connector.ServiceUrl, "hi"), "Bearer " + new string('a', 32 * 1024 - 7));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedJsonWithValidToken_BadRequest() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync("{\"type\":", "Bearer " + Token())).StatusCode);

    [Fact]
    public async Task Post_UnknownActivityType_OkAndIgnored()
    {
        var response = await PostAsync(Activities.Base("messageReaction", _connector.ServiceUrl), "Bearer " + Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Engine.Turns);
    }

    [Fact]
    public async Task Post_ExecuteInvoke_InvokeResponseReplacesCard()
    {
        _host.Engine.Respond = _ => new TurnResult([], new CardReply("notice", new Dictionary<string, object?> { ["title"] = "Logged ✓ Priya Shah", ["text"] = "runner-up" }, "Logged"));

        var response = await PostAsync(Activities.Execute(_connector.ServiceUrl, "outcome.confirm", "card-1"), "Bearer " + Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
        Assert.Contains("Priya Shah", body["value"]!.ToJsonString());
        var turn = Assert.Single(_host.Engine.Turns);
        Assert.Equal("outcome.confirm", turn.Action!.Verb);
        Assert.Equal("d-1", turn.Action.Get("dialogId"));
    }

    [Fact]
    public async Task Post_SameInvokeTwice_AppliedOnce()
    {
        var invoke = Activities.Execute(_connector.ServiceUrl, "outcome.confirm", "card-1", "invoke-1");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(invoke, "Bearer " + Token())).StatusCode);
        var second = await PostAsync(invoke, "Bearer " + Token());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_host.Engine.Turns);
    }

    [Fact]
    public async Task Post_ActionSubmit_UpdatesSourceCardByPut()
    {
        _host.Engine.Respond = _ => new TurnResult([new TextReply("Saved.")], new CardReply("notice", new Dictionary<string, object?> { ["title"] = "Saved", ["text"] = "ok" }, "Saved"));
        var submit = Activities.Base("message", _connector.ServiceUrl, "submit-1").With("replyToId", "card-9")
            .With("value", new JsonObject { ["rb"] = new JsonObject { ["verb"] = "outcome.save", ["data"] = new JsonObject { ["dialogId"] = "d-2" } }, ["c1.name"] = "Priya" });

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(submit, "Bearer " + Token())).StatusCode);

        var calls = await _connector.WaitForCallsAsync(2);
        Assert.Contains(calls, c => c.Method == "PUT" && c.Path == "/connector/v3/conversations/a%3Apersonal-conv-1/activities/card-9"
            && (string?)c.Body!["attachments"]![0]!["contentType"] == "application/vnd.microsoft.card.adaptive");
        Assert.Contains(calls, c => c.Method == "POST" && (string?)c.Body!["text"] == "Saved.");
        var turn = Assert.Single(_host.Engine.Turns);
        Assert.Equal("Priya", turn.Action!.Input("c1.name"));
    }

    [Fact]
    public async Task Post_InstallThenBotAdded_WelcomesOnce()
    {
        var install = Activities.Base("installationUpdate", _connector.ServiceUrl).With("action", "add");
        var added = Activities.Base("conversationUpdate", _connector.ServiceUrl)
            .With("membersAdded", new JsonArray(new JsonObject { ["id"] = Activities.BotId }));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(install, "Bearer " + Token())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(added, "Bearer " + Token())).StatusCode);

        var turn = Assert.Single(_host.Engine.Turns);
        Assert.Equal("help", turn.Text);
        var call = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Equal("/connector/v3/conversations/a%3Apersonal-conv-1/activities", call.Path);
    }

    [Fact]
    public async Task Post_SlowEngine_AcceptedThenReplySentLater()
    {
        _host.Engine.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var response = await PostAsync(Activities.Message(_connector.ServiceUrl, "slow"), "Bearer " + Token());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(_connector.Calls);
        _host.Engine.Gate.SetResult();
        var call = Assert.Single(await _connector.WaitForCallsAsync(1, 8000));
        Assert.Equal("echo: slow", (string?)call.Body!["text"]);
    }

    [Fact]
    public async Task Post_SlowInvoke_WorkingResponseThenCardUpdated()
    {
        _host.Engine.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Engine.Respond = _ => new TurnResult([], new CardReply("notice", new Dictionary<string, object?> { ["title"] = "Done", ["text"] = "x" }, "Done"));
        var response = await PostAsync(Activities.Execute(_connector.ServiceUrl, "outcome.confirm", "card-5"), "Bearer " + Token());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        _host.Engine.Gate.SetResult();
        var call = Assert.Single(await _connector.WaitForCallsAsync(1, 8000));
        Assert.Equal("PUT", call.Method);
        Assert.EndsWith("/activities/card-5", call.Path);
    }

    [Fact]
    public async Task Post_InvokeRefusedWithoutCardUpdate_ToastSaysWhyNotDone()
    {
        _host.Engine.Respond = _ => new TurnResult([new TextReply("That card has expired, so nothing was saved.")]);
        var response = await PostAsync(Activities.Execute(_connector.ServiceUrl, "outcome.confirm", "card-6"), "Bearer " + Token());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("That card has expired, so nothing was saved.", (string?)body["value"]);
    }
}
