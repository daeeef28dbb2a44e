using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruitBot.Nudges.Digest;

namespace RecruitBot.Nudges;

/// <summary>The loop only: every interval, ask the planners to plan. All decisions live in the planners.</summary>
public sealed class NudgeScheduler(NudgePlanner nudges, DigestPlanner digests, TimeProvider clock, IOptions<NudgesOptions> options, ILogger<NudgeScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds));
        do
        {
            try
            {
                var now = clock.GetUtcNow();
                var report = await nudges.PlanAsync(now, stoppingToken);
                var planned = await digests.PlanAsync(now, stoppingToken);
                if (report.Nudges + report.StalePrompts + planned > 0)
                    logger.LogInformation("Planned {Nudges} nudges, {Stale} stale-decision prompts and {Digests} digests", report.Nudges, report.StalePrompts, planned);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Nudge planning failed; retrying next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
