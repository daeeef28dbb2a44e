using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using RecruitBot.Conversation.RateLimiting;

namespace RecruitBot.Hosting.Security;

/// <summary>
/// The coarse outer guard: a sliding window per remote address over every HTTP route, answering 429 with
/// Retry-After. Per-user and per-tenant limits live in <see cref="RateLimitedConversationEngine"/>, which answers
/// in the conversation instead.
/// </summary>
public static class HttpRateLimits
{
    private const int Segments = 6;

    /// <summary>Both layers: options (validated on start), the engine decorator and the per-address HTTP limiter.</summary>
    public static IServiceCollection AddRecruitBotRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConversationRateLimits(configuration);
        var options = new RateLimitOptions();
        configuration.GetSection(RateLimitOptions.Section).Bind(options);
        services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.OnRejected = (ctx, _) =>
            {
                var retry = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : options.PerAddressWindow / Segments;
                ctx.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                !options.Enabled
                    ? RateLimitPartition.GetNoLimiter("off")
                    : RateLimitPartition.GetSlidingWindowLimiter(AddressKey(ctx), _ => new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = options.PerAddressPermitLimit,
                        Window = options.PerAddressWindow,
                        SegmentsPerWindow = Segments,
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
        });
        return services;
    }

    public static WebApplication UseRecruitBotRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The remote address; IPv4-mapped IPv6 folded to IPv4 so one client is one partition.</summary>
    public static string AddressKey(HttpContext ctx)
    {
        var ip = ctx.Connection.RemoteIpAddress;
        if (ip is null) return "unknown";
        return (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString();
    }
}
