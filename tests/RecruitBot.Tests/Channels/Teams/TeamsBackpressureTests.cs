using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Channels.Teams;
using RecruitBot.Tests.Channels.Teams.Support;

namespace RecruitBot.Tests.Channels.Teams;

/// <summary>With every turn worker busy and the queue full, activities are refused (503, retried), never piled up.</summary>
public sealed class TeamsBackpressureTests : IAsyncLifetime
{
    private LocalBotFrameworkIssuer _issuer = null!;
    private FakeConnector _connector = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalBotFrameworkIssuer.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _host = await TeamsTestHost.StartAsync(_issuer.MetadataUrl, new Dictionary<string, string?>
        {
            ["Teams:TurnWorkers"] = "1",
            ["Teams:TurnQueueLimit"] = "1",
            ["Teams:InlineBudget"] = "00:00:00.200",
        });
    }

    public async Task DisposeAsync()
    {
        _host.Engine.Gate.TrySetResult();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(JsonNode activity)
    {
        var token = _issuer.Mint(d => d.Claims = new Dictionary<string, object> { ["serviceurl"] = _connector.ServiceUrl });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Post_WorkersBusyQueueFull_ServiceUnavailableWithRetryAfter_ThenRetrySucceeds()
    {
        _host.Engine.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var background = _host.App.Services.GetRequiredService<BackgroundTurns>();

        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(Activities.Message(_connector.ServiceUrl, "one", "m-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(Activities.Message(_connector.ServiceUrl, "two", "m-2"))).StatusCode);
        Assert.Equal(2, background.Count);

        var refused = await PostAsync(Activities.Message(_connector.ServiceUrl, "three", "m-3"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain(_host.Engine.Turns, t => t.Text == "three");

        _host.Engine.Gate.SetResult();
        await _connector.WaitForCallsAsync(2);
        var retried = await PostAsync(Activities.Message(_connector.ServiceUrl, "three", "m-3"));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains(_host.Engine.Turns, t => t.Text == "three");
    }
}
