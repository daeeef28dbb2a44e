using RecruitBot.Hosting.Storage;
using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Hosting.Cli;

/// <summary>
/// <c>retention [--Setting=value ...]</c>: one retention run in the foreground (erase everyone past retention, enqueue
/// consent-refresh cards), as the daily <see cref="RetentionJob"/> does in the web host; "now" is the business clock.
/// </summary>
public static class RetentionCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var builder = Host.CreateApplicationBuilder(HostDefaults.CliSettings(args));
        HostDefaults.LogToStandardError(builder.Logging, builder.Configuration);
        builder.Services.AddRecruitBotCore(builder.Configuration, builder.Environment);
        builder.Services.AddRetention(builder.Configuration);
        using var host = builder.Build();
        await DatabaseMigrator.MigrateAsync(host.Services);

        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        try
        {
            var report = await host.Services.GetRequiredService<RetentionSweep>().RunAsync(now);
            await stdout.WriteLineAsync($"retention: erased {report.Erased}, asked {report.RefreshAsked} owner(s) to renew consent, deleted {report.MessagesPurged} delivered message(s) ({now:yyyy-MM-dd HH:mm} UTC)");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            await stderr.WriteLineAsync($"retention: failed: {e.Message}");
            return 1;
        }
    }
}
