using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TeamsLoad;

/// <summary>
/// A Bot Connector on 127.0.0.1. Accepts <c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>, stamps the
/// arrival time and completes the waiter registered for that replyToId (the activity id the bot answers).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
    private long _replies;
    private long _unmatched;

    public string ServiceUrl { get; }
    public long Replies => Interlocked.Read(ref _replies);
    public long Unmatched => Interlocked.Read(ref _unmatched);

    private FakeConnector(WebApplication app, string serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FakeConnector? self = null;
        app.MapPost("/connector/v3/conversations/{conversationId}/activities/{replyToId}", async (HttpContext ctx, string conversationId, string replyToId) =>
            await self!.ReceiveAsync(ctx, Uri.UnescapeDataString(replyToId)));
        app.MapPost("/connector/v3/conversations/{conversationId}/activities", async (HttpContext ctx, string conversationId) =>
            await self!.ReceiveAsync(ctx, null));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new FakeConnector(app, address + "/connector/");
        return self;
    }

    /// <summary>Completes with the Stopwatch timestamp at which the reply to <paramref name="activityId"/> arrived.</summary>
    public Task<long> Expect(string activityId)
    {
        var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[activityId] = waiter;
        return waiter.Task;
    }

    public void Forget(string activityId) => _waiting.TryRemove(activityId, out _);

    private async Task<IResult> ReceiveAsync(HttpContext ctx, string? replyToId)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var body = await JsonDocument.ParseAsync(ctx.Request.Body);
        // Without the id in the path, the body's replyToId still correlates.
        replyToId ??= body.RootElement.TryGetProperty("replyToId", out var r) ? r.GetString() : null;
        Interlocked.Increment(ref _replies);
        if (replyToId is not null && _waiting.TryRemove(replyToId, out var waiter)) waiter.TrySetResult(arrived);
        else Interlocked.Increment(ref _unmatched);
        return Results.Json(new { id = "reply-" + Guid.NewGuid().ToString("N") }, statusCode: 201);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
