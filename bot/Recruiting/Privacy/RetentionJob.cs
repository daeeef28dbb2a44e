using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>The loop only: at start and then every interval (daily by default), run <see cref="RetentionSweep"/>.</summary>
public sealed class RetentionJob(RetentionSweep sweep, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes));
        do
        {
            try
            {
                var report = await sweep.RunAsync(clock.GetUtcNow(), stoppingToken);
                if (report.Erased + report.RefreshAsked + report.MessagesPurged > 0)
                    logger.LogInformation("Retention: erased {Erased}, asked {Asked} owners to renew consent, deleted {Purged} delivered messages",
                        report.Erased, report.RefreshAsked, report.MessagesPurged);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Retention run failed; retrying next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
