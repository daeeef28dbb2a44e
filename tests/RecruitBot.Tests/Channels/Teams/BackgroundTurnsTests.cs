using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using RecruitBot.Channels.Teams;

namespace RecruitBot.Tests.Channels.Teams;

public sealed class BackgroundTurnsTests
{
    private sealed class Lifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() { }
    }

    private static BackgroundTurns New(int workers, int queue) =>
        new(NullLogger<BackgroundTurns>.Instance, new Lifetime(), new TeamsOptions { TurnWorkers = workers, TurnQueueLimit = queue });

    [Fact]
    public async Task TryRun_WorkersBusyAndQueueFull_RefusedWithoutGrowing()
    {
        var turns = New(workers: 2, queue: 3);
        var release = new TaskCompletionSource();
        var started = 0;
        var accepted = new List<Task>();
        Task Offer() => turns.TryRun(async _ =>
        {
            Interlocked.Increment(ref started);
            await release.Task;
        }) ?? throw new InvalidOperationException("work refused");
        accepted.Add(Offer());
        accepted.Add(Offer());
        while (Volatile.Read(ref started) < 2) await Task.Delay(5);
        for (var i = 0; i < 3; i++) accepted.Add(Offer());
        // 2 running + 3 queued: everything beyond is refused, however much more is offered.
        for (var i = 0; i < 100; i++) Assert.Null(turns.TryRun(_ => Task.CompletedTask));
        Assert.Equal(5, turns.Count);
        Assert.Equal(2, Volatile.Read(ref started));

        release.SetResult();
        await Task.WhenAll(accepted).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(5, Volatile.Read(ref started));
        Assert.Equal(0, turns.Count);
        Assert.NotNull(turns.TryRun(_ => Task.CompletedTask));
    }

    [Fact]
    public async Task TryRun_WorkThrows_CompletesAndNextWorkRuns()
    {
        var turns = New(workers: 1, queue: 10);
        var failed = turns.TryRun(_ => throw new InvalidOperationException("boom"))!;
        var ran = false;
        var next = turns.TryRun(_ =>
        {
            ran = true;
            return Task.CompletedTask;
        })!;
        await Task.WhenAll(failed, next).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(failed.IsCompletedSuccessfully);
        Assert.True(ran);
    }

    [Fact]
    public async Task TryRun_ManyConcurrentWorkers_NeverMoreThanConfigured()
    {
        var turns = New(workers: 3, queue: 1000);
        var running = 0;
        var peak = 0;
        var all = Enumerable.Range(0, 200).Select(_ => turns.TryRun(async _ =>
        {
            var now = Interlocked.Increment(ref running);
            int seen;
            while ((seen = Volatile.Read(ref peak)) < now && Interlocked.CompareExchange(ref peak, now, seen) != seen) { }
            await Task.Delay(1);
            Interlocked.Decrement(ref running);
        })!).ToArray();
        await Task.WhenAll(all).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.InRange(peak, 1, 3);
    }

    [Fact]
    public async Task Stop_RefusesNewWorkAndDrainsAccepted()
    {
        var turns = New(workers: 1, queue: 10);
        var done = 0;
        var accepted = Enumerable.Range(0, 5).Select(_ => turns.TryRun(async _ =>
        {
            await Task.Delay(5);
            Interlocked.Increment(ref done);
        })!).ToArray();
        await turns.StopAsync(CancellationToken.None);
        Assert.Equal(5, done);
        Assert.Null(turns.TryRun(_ => Task.CompletedTask));
        await Task.WhenAll(accepted);
    }
}
