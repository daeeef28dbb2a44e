namespace RecruitBot.Hosting.Security;

/// <summary>Pure rules behind <see cref="RequestSizeLimitMiddleware"/>; each fails closed.</summary>
public static class RequestSizeLimits
{
    /// <summary>The limit for a path: its own override when listed, else the default.</summary>
    public static long LimitFor(SecurityOptions options, string? path)
    {
        var p = string.IsNullOrEmpty(path) ? "/" : path.Length > 1 ? path.TrimEnd('/') : path;
        if (p.Length == 0) p = "/";
        return options.RouteMaxRequestBytes.TryGetValue(p, out var own) ? own : options.MaxRequestBytes;
    }

    /// <summary>True when a declared length is over the limit, or negative (a lie about the length).</summary>
    public static bool DeclaredTooLarge(long? contentLength, long limit) => contentLength is { } n && (n < 0 || n > limit);
}
