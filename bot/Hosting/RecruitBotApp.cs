namespace RecruitBot.Hosting;

/// <summary>Entry point placeholder; replaced by the real host wiring.</summary>
public static class RecruitBotApp
{
    public static Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.Run();
        return Task.FromResult(0);
    }
}
