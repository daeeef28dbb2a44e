using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace RecruitBot.Hosting.Security;

/// <summary>
/// One body-size rule for every route, before any endpoint parses anything: a declared length over the route's limit
/// is answered 413 at once; otherwise the server's per-request limit is set (or the body capped) so a chunked body
/// that grows past it fails with 413 too, whichever endpoint is reading it.
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<SecurityOptions> options, ILogger<RequestSizeLimitMiddleware> log)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        var limit = RequestSizeLimits.LimitFor(options.Value, ctx.Request.Path.Value);
        if (RequestSizeLimits.DeclaredTooLarge(ctx.Request.ContentLength, limit))
        {
            Refuse(ctx, limit);
            return;
        }
        if (ctx.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        else
            ctx.Request.Body = new CappedReadStream(ctx.Request.Body, limit);

        try
        {
            await next(ctx);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !ctx.Response.HasStarted)
        {
            Refuse(ctx, limit);
        }
    }

    private void Refuse(HttpContext ctx, long limit)
    {
        log.LogInformation("Refused {Method} {Path}: body over {Limit} bytes", ctx.Request.Method, ctx.Request.Path, limit);
        ctx.Response.Clear();
        ctx.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The unread body stays unread; closing the connection stops a client from streaming the rest to us.
        ctx.Response.Headers.Connection = "close";
    }
}
