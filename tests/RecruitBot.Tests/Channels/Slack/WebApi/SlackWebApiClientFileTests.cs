using System.Text;
using RecruitBot.Channels.Slack.WebApi;
using RecruitBot.Tests.Channels.Slack.Fakes;

namespace RecruitBot.Tests.Channels.Slack.WebApi;

/// <summary>The three steps of Slack's external upload, each against the fake Web API.</summary>
public sealed class SlackWebApiClientFileTests
{
    private static SlackWebApiClient Client(FakeSlackApi api) => new(new HttpClient { BaseAddress = new Uri(api.BaseUrl) }, TimeProvider.System);

    [Fact]
    public async Task GetUploadUrlExternal_FormEncoded_FileIdAndUploadUrl()
    {
        await using var api = await FakeSlackApi.StartAsync();

        var answer = await Client(api).GetUploadUrlExternalAsync("xoxb", "export-1.json", 1234);

        var call = Assert.Single(api.Of("files.getUploadURLExternal"));
        Assert.Equal("Bearer xoxb", call.Auth);
        Assert.Equal("export-1.json", call.Body["filename"]!.ToString());
        Assert.Equal("1234", call.Body["length"]!.ToString());
        Assert.StartsWith("F0", answer.FileId, StringComparison.Ordinal);
        Assert.EndsWith("/upload/v1/" + answer.FileId, answer.UploadUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadToUrl_Bytes_PostedRawWithoutToken()
    {
        await using var api = await FakeSlackApi.StartAsync();
        var target = await Client(api).GetUploadUrlExternalAsync("xoxb", "a.json", 3);

        await Client(api).UploadToUrlAsync(new Uri(target.UploadUrl!), Encoding.UTF8.GetBytes("{ }"));

        var (contentType, authorization, bytes) = api.Uploads[target.FileId!];
        Assert.Equal("{ }", Encoding.UTF8.GetString(bytes));
        Assert.Equal("application/octet-stream", contentType);
        Assert.Null(authorization);
    }

    [Fact]
    public async Task CompleteUploadExternal_Json_FilesArrayAndChannel()
    {
        await using var api = await FakeSlackApi.StartAsync();

        await Client(api).CompleteUploadExternalAsync("xoxb", "F0ABC", "a.json", "D0DM", "here it is");

        var call = Assert.Single(api.Of("files.completeUploadExternal"));
        Assert.Equal("""[{"id":"F0ABC","title":"a.json"}]""", call.Body["files"]!.ToJsonString());
        Assert.Equal("D0DM", call.Body["channel_id"]!.ToString());
        Assert.Equal("here it is", call.Body["initial_comment"]!.ToString());
    }

    [Fact]
    public async Task CompleteUploadExternal_OkFalse_SlackApiException()
    {
        await using var api = await FakeSlackApi.StartAsync();
        api.Failures["files.completeUploadExternal"] = new(["file_not_found"]);

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Client(api).CompleteUploadExternalAsync("xoxb", "F0X", "a", "D1", null));

        Assert.Equal("file_not_found", ex.Error);
    }
}
