namespace RecruitBot.Hosting;

public static class WebHostExtensions
{
    /// <summary>Everything the web host serves: the core plus each channel.</summary>
    public static WebApplicationBuilder AddRecruitBot(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls("http://localhost:3978");
        builder.Services.AddRecruitBotCore(builder.Configuration, builder.Environment);
        return builder;
    }

    /// <summary>Applies every registered context's migrations (core and channels) before taking traffic.</summary>
    public static Task MigrateDatabaseAsync(this WebApplication app) => Storage.DatabaseMigrator.MigrateAsync(app.Services);

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return app;
    }
}
