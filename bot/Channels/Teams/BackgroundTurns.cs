using System.Collections.Concurrent;

namespace RecruitBot.Channels.Teams;

/// <summary>
/// Work that outlives its HTTP request (slow turns finishing proactively, follow-up replies after an invoke).
/// Failures are logged, never lost silently; shutdown waits briefly for in-flight work.
/// </summary>
public sealed class BackgroundTurns(ILogger<BackgroundTurns> log, IHostApplicationLifetime lifetime) : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public int Count => _running.Count;

    public Task Run(Func<CancellationToken, Task> work)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await work(lifetime.ApplicationStopping);
            }
            catch (Exception e)
            {
                log.LogError(e, "Teams background turn failed");
            }
        });
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        return task;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var all = Task.WhenAll(_running.Keys);
        await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
    }
}
