using Microsoft.Extensions.Options;

namespace RecruitBot.Channels.Slack.Security;

/// <summary>
/// First step of every Slack endpoint: read the raw body (capped) and verify its signature before anything
/// parses it. Returns the body, or the HTTP answer that refuses the request.
/// </summary>
public sealed class SlackRequestReader(IOptions<SlackOptions> options, IHostEnvironment environment,
    [FromKeyedServices(SlackChannel.ClockKey)] TimeProvider clock, ILogger<SlackRequestReader> log)
{
    public async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpRequest request, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled) return (null, Results.NotFound());
        if (request.ContentLength > o.MaxBodyBytes) return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: o.MaxBodyBytes + 1);
        var body = await ReadCappedAsync(request.Body, o.MaxBodyBytes, ct);
        if (body is null) return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        request.Body.Position = 0;

        if (SlackGuards.MaySkipSignature(o.DisableSignatureCheck, environment.EnvironmentName)) return (body, null);
        var verdict = SlackSignature.Verify(
            request.Headers["X-Slack-Request-Timestamp"].ToString(), request.Headers["X-Slack-Signature"].ToString(),
            o.SigningSecret, body, clock.GetUtcNow());
        if (verdict == SlackVerification.Valid) return (body, null);
        log.LogWarning("Refused Slack request to {Path}: {Verdict}", request.Path, verdict);
        return (null, verdict == SlackVerification.NotConfigured
            ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
            : Results.Unauthorized());
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream stream, int max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
