using RecruitBot.Nudges;
using RecruitBot.Nudges.Delivery;

namespace RecruitBot.Tests.Nudges.Delivery;

/// <summary>
/// Dispatcher behaviour, written once and run on both providers (<see cref="OutboxDispatcherSqliteTests"/>,
/// <see cref="OutboxDispatcherPostgresTests"/>), since leasing is the one place their SQL differs.
/// </summary>
public static class DispatcherScenarios
{
    public static async Task SentOnlyAfterChannelAccepted(OutboxTestBed bed)
    {
        var id = (await bed.EnqueueAsync("k1"))!.Value;
        OutboxStatus? statusDuringSend = null;
        var channel = new RecordingChannel(answer: async (_, _) =>
        {
            statusDuringSend = (await bed.RowAsync(id)).Status;
            return DeliveryResult.Sent;
        });

        var report = await bed.Dispatcher(channel).DispatchBatchAsync();

        Assert.Equal(OutboxStatus.Pending, statusDuringSend);
        Assert.Equal(1, report.Sent);
        var row = await bed.RowAsync(id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.NotNull(row.SentAtUtc);
        Assert.Null(row.LeaseOwner);
        var call = Assert.Single(channel.Calls);
        Assert.Equal((id, "k1", "t1", "user:u1"), (call.OutboxId, call.IdempotencyKey, call.TenantId, call.Recipient));
        Assert.Equal("nudge", call.Card.Template);
    }

    public static async Task LiveLeaseKeepsOtherInstanceAway(OutboxTestBed bed)
    {
        var id = (await bed.EnqueueAsync("k1"))!.Value;
        var held = await bed.Leases.LeaseAsync("instance-a", ["test"], bed.Business.GetUtcNow().UtcDateTime,
            bed.Real.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(60), 10, CancellationToken.None);
        var channel = new RecordingChannel();

        bed.Real.Advance(TimeSpan.FromSeconds(59));
        var report = await bed.Dispatcher(channel).DispatchBatchAsync();

        Assert.Equal(id, Assert.Single(held).Id);
        Assert.Equal(0, report.Leased);
        Assert.Equal(0, channel.CallCount);
        Assert.Equal("instance-a", (await bed.RowAsync(id)).LeaseOwner);
    }

    public static async Task ExpiredLeaseTakenOverAndLateMarkRefused(OutboxTestBed bed)
    {
        var id = (await bed.EnqueueAsync("k1"))!.Value;
        await bed.Leases.LeaseAsync("crashed", ["test"], bed.Business.GetUtcNow().UtcDateTime,
            bed.Real.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(60), 10, CancellationToken.None);
        var channel = new RecordingChannel();

        bed.Real.Advance(TimeSpan.FromSeconds(61));
        var report = await bed.Dispatcher(channel).DispatchBatchAsync();
        var lateMark = await bed.Leases.MarkDeadAsync(id, "crashed", "late", CancellationToken.None);

        Assert.Equal(1, report.Sent);
        Assert.Equal(1, channel.CallCount);
        Assert.False(lateMark);
        var row = await bed.RowAsync(id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts); // the crashed attempt counts
    }

    public static async Task RetryLaterBacksOffOnRealClock(OutboxTestBed bed)
    {
        var id = (await bed.EnqueueAsync("k1"))!.Value;
        var channel = new RecordingChannel(answer: (n, _) => Task.FromResult(n == 1
            ? new DeliveryResult(DeliveryOutcome.RetryLater, "HTTP 503") : DeliveryResult.Sent));
        var dispatcher = bed.Dispatcher(channel, o => { o.BackoffMinSeconds = 10; o.BackoffMaxSeconds = 600; });

        var first = await dispatcher.DispatchBatchAsync();
        var afterFailure = await bed.RowAsync(id);
        var tooSoon = await dispatcher.DispatchBatchAsync();
        bed.Real.Advance(TimeSpan.FromSeconds(15)); // the business clock stays frozen: retries must not depend on it
        var second = await dispatcher.DispatchBatchAsync();

        Assert.Equal(1, first.Retried);
        Assert.Equal(OutboxStatus.Pending, afterFailure.Status);
        Assert.Equal("HTTP 503", afterFailure.LastError);
        Assert.Null(afterFailure.LeaseOwner);
        var wait = afterFailure.LeaseUntilUtc!.Value - bed.Real.GetUtcNow().UtcDateTime.AddSeconds(-15);
        Assert.InRange(wait.TotalSeconds, 10, 15); // 10 s base with up to 50% jitter
        Assert.Equal(0, tooSoon.Leased);
        Assert.Equal(1, second.Sent);
        Assert.Equal(OutboxStatus.Sent, (await bed.RowAsync(id)).Status);
    }

    public static async Task RetryAfterIsHonoured(OutboxTestBed bed)
    {
        await bed.EnqueueAsync("k1");
        var channel = new RecordingChannel(answer: (n, _) => Task.FromResult(n == 1
            ? new DeliveryResult(DeliveryOutcome.RetryLater, "429", TimeSpan.FromMinutes(10)) : DeliveryResult.Sent));
        var dispatcher = bed.Dispatcher(channel);

        await dispatcher.DispatchBatchAsync();
        bed.Real.Advance(TimeSpan.FromMinutes(9));
        var early = await dispatcher.DispatchBatchAsync();
        bed.Real.Advance(TimeSpan.FromMinutes(1));
        var onTime = await dispatcher.DispatchBatchAsync();

        Assert.Equal(0, early.Leased);
        Assert.Equal(1, onTime.Sent);
    }

    public static async Task GoneMarksDeadAndStopsRetrying(OutboxTestBed bed)
    {
        var id = (await bed.EnqueueAsync("k1"))!.Value;
        var channel = new RecordingChannel(answer: (_, _) => Task.FromResult(new DeliveryResult(DeliveryOutcome.Gone, "HTTP 403: bot removed")));
        var dispatcher = bed.Dispatcher(channel);

        var report = await dispatcher.DispatchBatchAsync();
        bed.Real.Advance(TimeSpan.FromDays(1));
        await dispatcher.DispatchBatchAsync();

        Assert.Equal(1, report.Dead);
        Assert.Equal(1, channel.CallCount);
        var row = await bed.RowAsync(id);
        Assert.Equal(OutboxStatus.Dead, row.Status);
        Assert.Equal("HTTP 403: bot removed", row.LastError);
        var summary = await new DeliveryStatus(bed.Tenants).SummaryAsync("t1");
        Assert.Equal(1, summary.Dead);
        Assert.Equal("HTTP 403: bot removed", Assert.Single(summary.RecentDead).Error);
    }

    public static async Task OutOfAttemptsMarksDead(OutboxTestBed bed)
    {
        var id = (await bed.EnqueueAsync("k1"))!.Value;
        var channel = new RecordingChannel(answer: (_, _) => Task.FromResult(new DeliveryResult(DeliveryOutcome.RetryLater, "HTTP 500")));
        var dispatcher = bed.Dispatcher(channel, o => o.MaxAttempts = 3);

        for (var i = 0; i < 5; i++)
        {
            await dispatcher.DispatchBatchAsync();
            bed.Real.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(3, channel.CallCount);
        var row = await bed.RowAsync(id);
        Assert.Equal(OutboxStatus.Dead, row.Status);
        Assert.Contains("HTTP 500", row.LastError);
    }

    public static async Task PlannedForLaterWaitsForBusinessClock(OutboxTestBed bed)
    {
        await bed.EnqueueAsync("k1", notBeforeUtc: bed.Business.GetUtcNow().UtcDateTime.AddHours(2));
        var channel = new RecordingChannel();
        var dispatcher = bed.Dispatcher(channel);

        bed.Real.Advance(TimeSpan.FromDays(3)); // real time passing does not make a business-time plan due
        var early = await dispatcher.DispatchBatchAsync();
        bed.Business.Advance(TimeSpan.FromHours(2));
        var due = await dispatcher.DispatchBatchAsync();

        Assert.Equal(0, early.Leased);
        Assert.Equal(1, due.Sent);
    }

    public static async Task SameKeyTwiceDeliveredOnce(OutboxTestBed bed)
    {
        var first = await bed.EnqueueAsync("nudge:u1:2025-11-18");
        var second = await bed.EnqueueAsync("nudge:u1:2025-11-18");
        var otherTenant = await bed.EnqueueAsync("nudge:u1:2025-11-18", tenant: "t2");
        var channel = new RecordingChannel();

        await bed.Dispatcher(channel).DispatchBatchAsync();
        await bed.Dispatcher(channel).DispatchBatchAsync();

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.NotNull(otherTenant); // keys are unique per tenant, not globally
        Assert.Equal(2, channel.CallCount);
        Assert.Equal(["t1", "t2"], channel.Calls.Select(c => c.TenantId).Order().ToArray());
    }

    public static async Task RowsOfChannelsWithoutAdapterLeftAlone(OutboxTestBed bed)
    {
        var slackRow = (await bed.EnqueueAsync("k-slack", channel: "slack"))!.Value;
        await bed.EnqueueAsync("k-test");
        var channel = new RecordingChannel();

        var report = await bed.Dispatcher(channel).DispatchBatchAsync();

        Assert.Equal(1, report.Sent);
        var row = await bed.RowAsync(slackRow);
        Assert.Equal((OutboxStatus.Pending, 0, (string?)null), (row.Status, row.Attempts, row.LeaseOwner));
    }

    /// <summary>Two dispatchers racing over one store: every row reaches the channel exactly once.</summary>
    public static async Task TwoDispatchersDeliverEachOnce(OutboxTestBed bed, int rows)
    {
        for (var i = 0; i < rows; i++) await bed.EnqueueAsync($"k{i}", tenant: i % 2 == 0 ? "t1" : "t2");
        var channel = new RecordingChannel(answer: async (_, _) =>
        {
            await Task.Yield();
            return DeliveryResult.Sent;
        });
        var a = bed.Dispatcher(channel, o => o.BatchSize = 7, seed: 1);
        var b = bed.Dispatcher(channel, o => o.BatchSize = 5, seed: 2);

        async Task<int> RunAsync(OutboxDispatcher d)
        {
            var sent = 0;
            for (var idle = 0; idle < 3;)
            {
                var r = await d.DispatchBatchAsync();
                sent += r.Sent;
                idle = r.Leased == 0 ? idle + 1 : 0;
            }
            return sent;
        }
        var sentBy = await Task.WhenAll(Task.Run(() => RunAsync(a)), Task.Run(() => RunAsync(b)));

        var ids = channel.Calls.Select(c => c.OutboxId).ToList();
        Assert.Equal(rows, ids.Count);
        Assert.Equal(rows, ids.Distinct().Count());
        Assert.Equal(rows, sentBy.Sum());
        Assert.All(await bed.RowsAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.True(sentBy.All(n => n > 0), $"both dispatchers should have worked: {string.Join("/", sentBy)}");
    }
}
