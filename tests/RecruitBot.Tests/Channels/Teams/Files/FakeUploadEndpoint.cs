using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace RecruitBot.Tests.Channels.Teams.Files;

/// <summary>A OneDrive upload session on 127.0.0.1: records each request's method, headers and bytes; answers 201.</summary>
public sealed class FakeUploadEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    public sealed record Upload(string Method, string Path, string? ContentRange, long? ContentLength, string? Authorization, byte[] Body);

    public ConcurrentQueue<Upload> Uploads { get; } = new();
    public int Status { get; set; } = 201;
    public string BaseUrl { get; private set; } = "";

    private FakeUploadEndpoint(WebApplication app) => _app = app;

    public static async Task<FakeUploadEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var self = new FakeUploadEndpoint(app);
        app.Run(async ctx =>
        {
            using var buffer = new MemoryStream();
            await ctx.Request.Body.CopyToAsync(buffer);
            self.Uploads.Enqueue(new Upload(ctx.Request.Method, ctx.Request.Path.Value ?? "", ctx.Request.Headers.ContentRange.FirstOrDefault(),
                ctx.Request.ContentLength, ctx.Request.Headers.Authorization.FirstOrDefault(), buffer.ToArray()));
            ctx.Response.StatusCode = self.Status;
            await ctx.Response.WriteAsJsonAsync(new { id = "item-1" });
        });
        await app.StartAsync();
        self.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("localhost", "127.0.0.1");
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
