using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using RecruitBot.Tests.Hosting.Security.Support;

namespace RecruitBot.Tests.Hosting.Security;

/// <summary>Every mapped route answers an oversized body with 413 before any parsing, and nothing is stored.</summary>
public sealed class RequestSizeLimitEndpointTests : IAsyncLifetime
{
    private FullBotHost _host = null!;

    public async Task InitializeAsync() => _host = await FullBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("POST", "/api/messages", 1024 * 1024)]
    [InlineData("POST", "/slack/events", 256 * 1024)]
    [InlineData("POST", "/slack/interactions", 256 * 1024)]
    [InlineData("POST", "/slack/commands", 64 * 1024)]
    [InlineData("GET", "/slack/oauth/start", 0)]
    [InlineData("GET", "/slack/oauth/callback", 0)]
    [InlineData("GET", "/healthz", 0)]
    public async Task Send_DeclaredBodyOverRouteLimit_413AndNothingStored(string method, string path, int limit)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new ByteArrayContent(Body(limit + 1)) };
        request.Content.Headers.ContentType = new("application/json");

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("/api/messages", 1024 * 1024)]
    [InlineData("/slack/events", 256 * 1024)]
    [InlineData("/slack/commands", 64 * 1024)]
    public async Task Post_ChunkedBodyOverRouteLimit_413AndNothingStored(string path, int limit)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StreamContent(new MemoryStream(Body(limit + 4096))) };
        request.Headers.TransferEncodingChunked = true;
        request.Content.Headers.ContentType = new("application/json");
        if (path == "/api/messages") request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + _host.TeamsToken());

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Get_HealthWithoutBody_Ok() => Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync("/healthz")).StatusCode);

    private static byte[] Body(int size)
    {
        var prefix = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"");
        var body = new byte[size];
        Array.Fill(body, (byte)'a');
        if (size > prefix.Length) prefix.CopyTo(body, 0);
        return body;
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var c = new SqliteConnection($"Data Source={_host.DbFile}");
        await c.OpenAsync();
        foreach (var table in new[] { "SlackInbox", "TeamsConversations", "Members", "Candidates", "OutcomeEvents" })
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync())!);
        }
        Assert.Empty(_host.Connector.Calls);
    }
}
