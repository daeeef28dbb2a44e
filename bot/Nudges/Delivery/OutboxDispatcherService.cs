using Microsoft.Extensions.Options;

namespace RecruitBot.Nudges.Delivery;

/// <summary>
/// Only loops: runs <see cref="OutboxDispatcher.DispatchBatchAsync"/> back to back while batches come back full, and
/// waits <see cref="DeliveryOptions.PollSeconds"/> (real time) when there was nothing to do. A failed batch is logged
/// and retried after the poll interval; leases make that safe.
/// </summary>
public sealed class OutboxDispatcherService(OutboxDispatcher dispatcher, IOptions<DeliveryOptions> options,
    [FromKeyedServices(DeliveryClock.Key)] TimeProvider realClock, ILogger<OutboxDispatcherService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.RunDispatcher || dispatcher.Channels.Count == 0)
        {
            log.LogInformation("Outbox dispatcher not running (RunDispatcher={Run}, channels={Count})", o.RunDispatcher, dispatcher.Channels.Count);
            return;
        }
        log.LogInformation("Outbox dispatcher {Owner} delivering to {Channels}", dispatcher.Owner, string.Join(", ", dispatcher.Channels));
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                var report = await dispatcher.DispatchBatchAsync(stoppingToken);
                busy = report.Leased >= o.BatchSize;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Outbox dispatch batch failed; trying again in {Poll}", o.Poll);
            }
            if (busy) continue;
            try
            {
                await Task.Delay(o.Poll, realClock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
