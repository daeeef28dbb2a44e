using Microsoft.Extensions.Options;

namespace RecruitBot.Channels.Slack.Inbox;

/// <summary>
/// Only loops: on start it queues what a previous process left pending, then hands each queued id to the
/// processor, sweeping the inbox when idle (overflow, back-off retries, expired leases).
/// </summary>
public sealed class SlackInboxWorker(SlackInbox inbox, SlackInboxQueue queue, SlackInboxProcessor processor,
    IOptions<SlackOptions> options, ILogger<SlackInboxWorker> log, [FromKeyedServices(SlackChannel.ClockKey)] TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !options.Value.RunWorker) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                idle.CancelAfter(SweepEvery);
                try
                {
                    while (await queue.Reader.WaitToReadAsync(idle.Token))
                        while (queue.Reader.TryRead(out var id)) await processor.ProcessAsync(id, stoppingToken);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // idle period over: sweep again
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Slack inbox loop failed; retrying after a pause");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task SweepAsync(CancellationToken ct)
    {
        foreach (var id in await inbox.ListReadyAsync(200, ct)) await processor.ProcessAsync(id, ct);
        if (clock.GetUtcNow() < _nextPurge) return;
        _nextPurge = clock.GetUtcNow() + PurgeEvery;
        var purged = await inbox.PurgeHandledAsync(ct);
        if (purged > 0) log.LogInformation("Purged {Count} handled Slack inbox rows", purged);
    }
}
