using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Bench.Nudges;

/// <summary>
/// The nudge planner's due scan for one day over every tenant: per tenant, the (TenantId, NextContactOn) index range
/// for the recruiters plus the latest outcome of each due candidate. The same due set over 100k and 1M candidates
/// shows the cost follows the number due, not the total; 10 due per tenant shows it growing with the due set.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class DueScanBenchmarks
{
    private ServiceProvider _services = null!;

    [Params(100, 1000)]
    public int PerTenant { get; set; }

    [Params(1, 10)]
    public int DuePerTenant { get; set; }

    [GlobalSetup]
    public void Setup() => _services = NudgeBenchStore.OpenAsync(1000, PerTenant, DuePerTenant).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public async Task<int> DaysDueSetAllTenants()
    {
        var dbs = _services.GetRequiredService<RecruitingDbFactory>();
        var total = 0;
        for (var t = 0; t < 1000; t++)
        {
            await using var db = dbs.For($"tenant-{t:D4}");
            total += (await NudgeQueries.DueAsync(db, [$"rec-{t:D4}"], NudgeBenchStore.Today, default)).Count;
        }
        return total == 1000 * DuePerTenant ? total : throw new InvalidOperationException($"expected {1000 * DuePerTenant} due, got {total}");
    }
}
