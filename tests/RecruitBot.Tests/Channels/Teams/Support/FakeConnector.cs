using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Teams.Support;

/// <summary>A Bot Connector on 127.0.0.1 that records every call and answers with queued statuses (default 201).</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private LoopbackApp? _app;
    public ConcurrentQueue<int> Statuses { get; } = new();
    public ConcurrentQueue<(string Method, string Path, string? Authorization, JsonObject? Body)> Calls { get; } = new();
    public string ServiceUrl { get; private set; } = "";
    private int _ids;

    public static async Task<FakeConnector> StartAsync()
    {
        var self = new FakeConnector();
        self._app = await LoopbackApp.StartAsync(app => app.Run(async ctx =>
        {
            JsonObject? body = null;
            try { body = await JsonNode.ParseAsync(ctx.Request.Body) as JsonObject; } catch (System.Text.Json.JsonException) { }
            self.Calls.Enqueue((ctx.Request.Method, ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget, ctx.Request.Headers.Authorization.FirstOrDefault(), body));
            var status = self.Statuses.TryDequeue(out var s) ? s : 201;
            ctx.Response.StatusCode = status;
            if (status == 429) ctx.Response.Headers.RetryAfter = "0";
            if (status < 300)
            {
                var id = ctx.Request.Path.Value!.EndsWith("/v3/conversations", StringComparison.Ordinal) ? "a:new-personal" : "act-" + Interlocked.Increment(ref self._ids);
                await ctx.Response.WriteAsJsonAsync(new { id });
            }
        }));
        self.ServiceUrl = self._app.BaseUrl + "/connector/";
        return self;
    }

    public async Task<List<(string Method, string Path, string? Authorization, JsonObject? Body)>> WaitForCallsAsync(int count, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (Calls.Count < count && DateTime.UtcNow < deadline) await Task.Delay(20);
        return Calls.ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
