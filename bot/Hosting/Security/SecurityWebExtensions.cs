using Microsoft.Extensions.Options;

namespace RecruitBot.Hosting.Security;

/// <summary>
/// The web host's hardening in two calls: <c>builder.AddRecruitBotSecurity()</c> after the engine and channels are
/// added, <c>app.UseRecruitBotSecurity()</c> before the endpoints are mapped.
/// </summary>
public static class SecurityWebExtensions
{
    public const string RequestLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static WebApplicationBuilder AddRecruitBotSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddRecruitBotRequestLimits(builder.Configuration);
        builder.Services.AddRecruitBotRateLimits(builder.Configuration);
        // "Request starting GET …?code=…" would put OAuth codes (and any future query data) in Information logs.
        builder.Logging.AddFilter(RequestLogCategory, LogLevel.Warning);
        return builder;
    }

    public static WebApplication UseRecruitBotSecurity(this WebApplication app)
    {
        app.UseRecruitBotRequestLimits();
        app.UseRecruitBotRateLimits();
        return app;
    }

    /// <summary><see cref="SecurityOptions"/> (body limits) and the secrets check, both validated on start.</summary>
    public static IServiceCollection AddRecruitBotRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityOptions>, SecretsValidator>();
        return services;
    }

    public static WebApplication UseRecruitBotRequestLimits(this WebApplication app)
    {
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        return app;
    }
}
