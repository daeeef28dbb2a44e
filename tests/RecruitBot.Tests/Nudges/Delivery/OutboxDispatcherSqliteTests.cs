using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges.Delivery;

/// <summary>The dispatcher on SQLite: one writer at a time under BEGIN IMMEDIATE.</summary>
public sealed class OutboxDispatcherSqliteTests
{
    [Fact]
    public async Task DispatchBatchAsync_DueRow_MarkedSentOnlyAfterChannelAccepted()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.SentOnlyAfterChannelAccepted(bed);
    }

    [Fact]
    public async Task DispatchBatchAsync_RowLeasedByLiveInstance_NotTouched()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.LiveLeaseKeepsOtherInstanceAway(bed);
    }

    [Fact]
    public async Task DispatchBatchAsync_LeaseExpired_AnotherInstanceDeliversAndLateMarkIsRefused()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.ExpiredLeaseTakenOverAndLateMarkRefused(bed);
    }

    [Fact]
    public async Task DispatchBatchAsync_RetryLater_BacksOffOnRealClockThenSends()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.RetryLaterBacksOffOnRealClock(bed);
    }

    [Fact]
    public async Task DispatchBatchAsync_RetryAfterGiven_NotRetriedSooner()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.RetryAfterIsHonoured(bed);
    }

    [Fact]
    public async Task DispatchBatchAsync_Gone_MarkedDeadAndShownInStatus()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.GoneMarksDeadAndStopsRetrying(bed);
    }

    [Fact]
    public async Task DispatchBatchAsync_AlwaysRetryLater_DeadAfterMaxAttempts()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.OutOfAttemptsMarksDead(bed);
    }

    [Fact]
    public async Task DispatchBatchAsync_PlannedLater_WaitsForBusinessClock()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.PlannedForLaterWaitsForBusinessClock(bed);
    }

    [Fact]
    public async Task DispatchBatchAsync_SameKeyEnqueuedTwice_DeliveredOncePerTenant()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.SameKeyTwiceDeliveredOnce(bed);
    }

    [Fact]
    public async Task DispatchBatchAsync_RowForChannelWithoutAdapter_LeftPending()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.RowsOfChannelsWithoutAdapterLeftAlone(bed);
    }

    [Fact]
    public async Task DispatchBatchAsync_TwoDispatchersConcurrently_EachRowDeliveredOnce()
    {
        await using var bed = await OutboxTestBed.SqliteAsync();
        await DispatcherScenarios.TwoDispatchersDeliverEachOnce(bed, 120);
    }
}
