using System.Threading.Channels;

namespace RecruitBot.Channels.Teams;

/// <summary>
/// Runs turns and the work that outlives their HTTP request (slow turns finishing proactively, follow-up replies)
/// on a fixed number of workers fed by a bounded queue, so load never grows memory or threads without limit.
/// <see cref="TryRun"/> answers null when the queue is full: the caller refuses the activity (503 with Retry-After,
/// which the channel retries) before anything about it is stored. Failures are logged, never lost silently;
/// shutdown stops taking work and waits briefly for what was accepted.
/// </summary>
public sealed class BackgroundTurns : IHostedService
{
    private readonly Channel<Job> _queue;
    private readonly Task[] _workers;
    private readonly ILogger<BackgroundTurns> _log;
    private readonly CancellationToken _stopping;
    private int _count;

    public BackgroundTurns(ILogger<BackgroundTurns> log, IHostApplicationLifetime lifetime, TeamsOptions options)
    {
        _log = log;
        _stopping = lifetime.ApplicationStopping;
        _queue = Channel.CreateBounded<Job>(new BoundedChannelOptions(options.TurnQueueLimit) { FullMode = BoundedChannelFullMode.Wait });
        _workers = Enumerable.Range(0, options.TurnWorkers).Select(_ => Task.Run(WorkAsync)).ToArray();
    }

    /// <summary>Work accepted and not yet finished (queued or running).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Queues <paramref name="work"/>; the task completes when it has run (it never faults). Null when full.</summary>
    public Task? TryRun(Func<CancellationToken, Task> work)
    {
        var job = new Job(work);
        Interlocked.Increment(ref _count);
        if (_queue.Writer.TryWrite(job)) return job.Done.Task;
        Interlocked.Decrement(ref _count);
        return null;
    }

    private async Task WorkAsync()
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await job.Work(_stopping);
            }
            catch (Exception e)
            {
                _log.LogError(e, "Teams background turn failed");
            }
            finally
            {
                Interlocked.Decrement(ref _count);
                job.Done.TrySetResult();
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await Task.WhenAny(Task.WhenAll(_workers), Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
    }

    private sealed record Job(Func<CancellationToken, Task> Work)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
