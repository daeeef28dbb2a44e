using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Teams.Files;

/// <summary>A OneDrive upload session on 127.0.0.1: records each request's method, headers and bytes; answers 201.</summary>
public sealed class FakeUploadEndpoint : IAsyncDisposable
{
    private LoopbackApp? _app;

    public sealed record Upload(string Method, string Path, string? ContentRange, long? ContentLength, string? Authorization, byte[] Body);

    public ConcurrentQueue<Upload> Uploads { get; } = new();
    public int Status { get; set; } = 201;
    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeUploadEndpoint> StartAsync()
    {
        var self = new FakeUploadEndpoint();
        self._app = await LoopbackApp.StartAsync(app => app.Run(async ctx =>
        {
            using var buffer = new MemoryStream();
            await ctx.Request.Body.CopyToAsync(buffer);
            self.Uploads.Enqueue(new Upload(ctx.Request.Method, ctx.Request.Path.Value ?? "", ctx.Request.Headers.ContentRange.FirstOrDefault(),
                ctx.Request.ContentLength, ctx.Request.Headers.Authorization.FirstOrDefault(), buffer.ToArray()));
            ctx.Response.StatusCode = self.Status;
            await ctx.Response.WriteAsJsonAsync(new { id = "item-1" });
        }));
        self.BaseUrl = self._app.BaseUrl;
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
