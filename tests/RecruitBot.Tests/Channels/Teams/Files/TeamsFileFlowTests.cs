using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Channels.Teams.Files;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Privacy;
using RecruitBot.Tests.Channels.Teams.Support;

namespace RecruitBot.Tests.Channels.Teams.Files;

/// <summary>
/// The documented Teams bot file-send flow through <c>/api/messages</c>: consent card, <c>fileConsent/invoke</c>,
/// PUT to the upload URL, file info card; against the fake connector and a fake OneDrive upload session.
/// </summary>
public sealed class TeamsFileFlowTests : IAsyncLifetime
{
    private const string Json = "{\n  \"Candidate\": { \"DisplayName\": \"Priya Shah\", \"Email\": \"priya.shah@example.com\" }\n}";
    private LocalBotFrameworkIssuer _issuer = null!;
    private FakeConnector _connector = null!;
    private FakeUploadEndpoint _upload = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalBotFrameworkIssuer.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _upload = await FakeUploadEndpoint.StartAsync();
        _host = await TeamsTestHost.StartAsync(_issuer.MetadataUrl);
        _host.Engine.Respond = _ => TurnResult.Say(new FileReply("export-1.json", "application/json", Encoding.UTF8.GetBytes(Json), "Everything I hold about Priya Shah, as JSON."));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _upload.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task ConsentAccepted_PersonalChat_ExactJsonPutThenFileInfoCard()
    {
        var consent = await AskForExportAsync();
        Assert.Equal("/connector/v3/conversations/a%3Apersonal-conv-1/activities/m-1", consent.Path);
        var card = consent.Body!["attachments"]![0]!;
        Assert.Equal(TeamsFileCards.ConsentContentType, (string?)card["contentType"]);
        Assert.Equal("export-1.json", (string?)card["name"]);
        Assert.Equal(Encoding.UTF8.GetByteCount(Json), (long)card["content"]!["sizeInBytes"]!);
        Assert.Equal("Everything I hold about Priya Shah, as JSON.", (string?)card["content"]!["description"]);
        Assert.Equal((string?)card["content"]!["acceptContext"]!["pendingId"], (string?)card["content"]!["declineContext"]!["pendingId"]);

        var response = await PostAsync(Consent("accept", card["content"]!["acceptContext"]!.DeepClone(), _upload.BaseUrl + "/upload/session-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var put = Assert.Single(_upload.Uploads);
        Assert.Equal("PUT", put.Method);
        Assert.Equal("/upload/session-1", put.Path);
        Assert.Equal(Json, Encoding.UTF8.GetString(put.Body));
        var n = Encoding.UTF8.GetByteCount(Json);
        Assert.Equal($"bytes 0-{n - 1}/{n}", put.ContentRange);
        Assert.Equal(n, put.ContentLength);
        Assert.Null(put.Authorization);
        var info = (await _connector.WaitForCallsAsync(2)).Last();
        Assert.Equal("/connector/v3/conversations/a%3Apersonal-conv-1/activities", info.Path);
        var attachment = info.Body!["attachments"]![0]!;
        Assert.Equal(TeamsFileCards.InfoContentType, (string?)attachment["contentType"]);
        Assert.Equal("export-1.json", (string?)attachment["name"]);
        Assert.Equal("https://contoso-my.sharepoint.com/personal/alex/Documents/Applications/export-1.json", (string?)attachment["contentUrl"]);
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C8C", (string?)attachment["content"]!["uniqueId"]);
        Assert.Equal("json", (string?)attachment["content"]!["fileType"]);
        Assert.Equal(0, Pending.Count);
    }

    [Fact]
    public async Task ConsentDeclined_PersonalChat_NoUploadSaidSoAndDropped()
    {
        var card = (await AskForExportAsync()).Body!["attachments"]![0]!;

        var response = await PostAsync(Consent("decline", card["content"]!["declineContext"]!.DeepClone(), null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TeamsFileConsentHandler.Declined, (string?)(await _connector.WaitForCallsAsync(2)).Last().Body!["text"]);
        Assert.Empty(_upload.Uploads);
        Assert.Equal(0, Pending.Count);
    }

    [Fact]
    public async Task ConsentAccepted_UnknownContext_FriendlyExpiredLineNoUpload()
    {
        var response = await PostAsync(Consent("accept", new JsonObject { ["pendingId"] = Guid.NewGuid().ToString("N") }, _upload.BaseUrl + "/upload/x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TeamsFileConsentHandler.Expired, (string?)Assert.Single(await _connector.WaitForCallsAsync(1)).Body!["text"]);
        Assert.Empty(_upload.Uploads);
    }

    [Fact]
    public async Task ConsentAnswered_ConversationGone_Still200()
    {
        _connector.Statuses.Enqueue(404);

        var response = await PostAsync(Consent("decline", new JsonObject { ["pendingId"] = Guid.NewGuid().ToString("N") }, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await _connector.WaitForCallsAsync(1));
    }

    [Fact]
    public async Task ConsentAccepted_AfterForget_ExpiredLineNoUpload()
    {
        var card = (await AskForExportAsync()).Body!["attachments"]![0]!;

        foreach (var participant in _host.App.Services.GetServices<IErasureParticipant>())
            await participant.EraseAsync(Activities.Tenant, ["priya.shah@example.com"], CancellationToken.None);
        var response = await PostAsync(Consent("accept", card["content"]!["acceptContext"]!.DeepClone(), _upload.BaseUrl + "/upload/session-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TeamsFileConsentHandler.Expired, (string?)(await _connector.WaitForCallsAsync(2)).Last().Body!["text"]);
        Assert.Empty(_upload.Uploads);
    }

    [Fact]
    public async Task ConsentAccepted_ByAnotherUser_ExpiredLineAndFileStillWaitsForOwner()
    {
        var card = (await AskForExportAsync()).Body!["attachments"]![0]!;
        var stranger = Consent("accept", card["content"]!["acceptContext"]!.DeepClone(), _upload.BaseUrl + "/upload/session-1");
        stranger["from"] = new JsonObject { ["id"] = "29:user-2", ["aadObjectId"] = "aad-user-2" };

        await PostAsync(stranger);

        Assert.Empty(_upload.Uploads);
        Assert.Equal(1, Pending.Count);
    }

    [Fact]
    public async Task ConsentAccepted_NonHttpsUploadUrl_RefusedAndBytesDropped()
    {
        var card = (await AskForExportAsync()).Body!["attachments"]![0]!;

        await PostAsync(Consent("accept", card["content"]!["acceptContext"]!.DeepClone(), "http://10.1.2.3/upload/session-1"));

        Assert.Equal(TeamsFileConsentHandler.UploadFailed, (string?)(await _connector.WaitForCallsAsync(2)).Last().Body!["text"]);
        Assert.Equal(0, Pending.Count);
    }

    [Fact]
    public async Task FileReply_GroupChat_OneToOneOnlyLineAndNothingHeld()
    {
        var message = Activities.Message(_connector.ServiceUrl, "export Priya Shah", "m-g");
        message["conversation"]!["conversationType"] = "groupChat";
        message["conversation"]!["id"] = "19:group-chat@thread.v2";

        await PostAsync(message);

        var reply = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Equal(TeamsFileOffers.PersonalOnly, (string?)reply.Body!["text"]);
        Assert.Null(reply.Body["attachments"]);
        Assert.Equal(0, Pending.Count);
    }

    private PendingTeamsFiles Pending => _host.App.Services.GetRequiredService<PendingTeamsFiles>();

    private async Task<(string Method, string Path, string? Authorization, JsonObject? Body)> AskForExportAsync()
    {
        var response = await PostAsync(Activities.Message(_connector.ServiceUrl, "export Priya Shah", "m-1"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(await _connector.WaitForCallsAsync(1));
    }

    private JsonObject Consent(string action, JsonNode context, string? uploadUrl)
    {
        var value = new JsonObject { ["type"] = "fileUpload", ["action"] = action, ["context"] = context };
        if (uploadUrl is not null)
            value["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/alex/Documents/Applications/export-1.json",
                ["name"] = "export-1.json",
                ["uploadUrl"] = uploadUrl,
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                ["fileType"] = "json",
                ["etag"] = "\"{1150D938-8870-4044-9F2C-5BBDEBA70C8C},1\"",
            };
        return Activities.Base("invoke", _connector.ServiceUrl).With("name", "fileConsent/invoke").With("replyToId", "act-1").With("value", value);
    }

    private Task<HttpResponseMessage> PostAsync(JsonNode activity)
    {
        var token = _issuer.Mint(d => d.Claims = new Dictionary<string, object> { ["serviceurl"] = _connector.ServiceUrl });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return _host.Client.SendAsync(request);
    }
}
