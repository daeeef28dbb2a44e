using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges.Delivery;

/// <summary>The dispatcher on PostgreSQL: leases with FOR UPDATE SKIP LOCKED, so instances never wait on each other's rows.</summary>
[Trait("Category", "Postgres")]
public sealed class OutboxDispatcherPostgresTests
{
    [PostgresFact]
    public async Task DispatchBatchAsync_DueRow_MarkedSentOnlyAfterChannelAccepted()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.SentOnlyAfterChannelAccepted(bed);
    }

    [PostgresFact]
    public async Task DispatchBatchAsync_RowLeasedByLiveInstance_NotTouched()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.LiveLeaseKeepsOtherInstanceAway(bed);
    }

    [PostgresFact]
    public async Task DispatchBatchAsync_LeaseExpired_AnotherInstanceDeliversAndLateMarkIsRefused()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.ExpiredLeaseTakenOverAndLateMarkRefused(bed);
    }

    [PostgresFact]
    public async Task DispatchBatchAsync_RetryLater_BacksOffOnRealClockThenSends()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.RetryLaterBacksOffOnRealClock(bed);
    }

    [PostgresFact]
    public async Task DispatchBatchAsync_RetryAfterGiven_NotRetriedSooner()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.RetryAfterIsHonoured(bed);
    }

    [PostgresFact]
    public async Task DispatchBatchAsync_Gone_MarkedDeadAndShownInStatus()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.GoneMarksDeadAndStopsRetrying(bed);
    }

    [PostgresFact]
    public async Task DispatchBatchAsync_AlwaysRetryLater_DeadAfterMaxAttempts()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.OutOfAttemptsMarksDead(bed);
    }

    [PostgresFact]
    public async Task DispatchBatchAsync_PlannedLater_WaitsForBusinessClock()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.PlannedForLaterWaitsForBusinessClock(bed);
    }

    [PostgresFact]
    public async Task DispatchBatchAsync_SameKeyEnqueuedTwice_DeliveredOncePerTenant()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.SameKeyTwiceDeliveredOnce(bed);
    }

    [PostgresFact]
    public async Task DispatchBatchAsync_RowForChannelWithoutAdapter_LeftPending()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.RowsOfChannelsWithoutAdapterLeftAlone(bed);
    }

    [PostgresFact]
    public async Task DispatchBatchAsync_TwoDispatchersConcurrently_EachRowDeliveredOnce()
    {
        await using var bed = await OutboxTestBed.PostgresAsync();
        await DispatcherScenarios.TwoDispatchersDeliverEachOnce(bed, 400);
    }
}
