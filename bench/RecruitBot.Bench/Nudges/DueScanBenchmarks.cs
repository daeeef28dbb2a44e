using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Bench.Nudges;

/// <summary>
/// The nudge planner's due scan for one day over 1,000 tenants on SQLite. Shapes vary the total (100k or 1M
/// candidates) and the due set (1,000 or 10,000; spread over every tenant or held by 100 of them), so the figures show
/// what the cost follows:
/// <list type="bullet">
/// <item><see cref="PreScan"/>: the cross-tenant pre-scan alone (index range on NextContactOn).</item>
/// <item><see cref="DaysDueSet"/>: pre-scan, then one <see cref="TenantScanDb"/> read of the due set per 500 of the
/// tenants found (what the planner's tick reads).</item>
/// <item><see cref="DaysDueSetPerTenant"/>: pre-scan, then the tenant-bound due read for each tenant that has someone
/// due (the previous approach; the planner still does this, inside its transaction, for tenants with cards to write).</item>
/// <item><see cref="DaysDueSetEveryTenant"/>: the previous approach, the tenant-bound due read for every tenant.</item>
/// <item><see cref="PlannerPass"/>: one real <see cref="NudgePlanner.PlanAsync"/> tick once today's cards are planned
/// (what the scheduler pays every interval).</item>
/// </list>
/// </summary>
[Config(typeof(InProcessShort))]
[MemoryDiagnoser]
public class DueScanBenchmarks
{
    /// <summary>In-process: the seeded files are large and a separately built runner adds minutes on this machine.</summary>
    private sealed class InProcessShort : ManualConfig
    {
        public InProcessShort() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5));
    }

    private const int Tenants = 1000;
    private static readonly DateTimeOffset Now = new(NudgeBenchStore.Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
    private ServiceProvider _services = null!;
    private int _expected;

    /// <summary>total candidates / due set / tenants holding the due set.</summary>
    [Params("100k/1k due/1000t", "1M/1k due/1000t", "1M/1k due/100t", "1M/10k due/1000t")]
    public string Shape { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var (perTenant, duePerTenant, dueTenants) = Shape switch
        {
            "100k/1k due/1000t" => (100, 1, Tenants),
            "1M/1k due/1000t" => (1000, 1, Tenants),
            "1M/1k due/100t" => (1000, 10, 100),
            "1M/10k due/1000t" => (1000, 10, Tenants),
            _ => throw new ArgumentException(Shape),
        };
        _expected = duePerTenant * dueTenants;
        _services = NudgeBenchStore.OpenAsync(Tenants, perTenant, duePerTenant, dueTenants == Tenants ? null : dueTenants).GetAwaiter().GetResult();
        // Plan today's cards once, so PlannerPass measures the steady-state tick, not the one that writes them.
        _services.GetRequiredService<NudgePlanner>().PlanAsync(Now).GetAwaiter().GetResult();
    }

    private IDbContextFactory<RecruitingDb> Contexts => _services.GetRequiredService<IDbContextFactory<RecruitingDb>>();

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public async Task<int> PreScan()
    {
        var tenants = await DueTenants.ScanAsync(Contexts, await DueTenants.LatestLocalDateAsync(Contexts, Now, 60), 7, default);
        return tenants.Count > 0 ? tenants.Count : throw new InvalidOperationException("no tenant due");
    }

    [Benchmark]
    public async Task<int> DaysDueSet()
    {
        var until = await DueTenants.LatestLocalDateAsync(Contexts, Now, 60);
        var total = 0;
        foreach (var chunk in (await DueTenants.ScanAsync(Contexts, until, 7, default)).Chunk(TenantScanDbFactory.ChunkSize))
        {
            await using var scan = _services.GetRequiredService<TenantScanDbFactory>().For(chunk);
            total += (await NudgeQueries.DueSetAsync(scan, NudgeBenchStore.Today, default)).Count;
        }
        return Check(total);
    }

    [Benchmark]
    public async Task<int> DaysDueSetPerTenant()
    {
        var tenants = await DueTenants.ScanAsync(Contexts, await DueTenants.LatestLocalDateAsync(Contexts, Now, 60), 7, default);
        return Check(await DueInAsync(tenants));
    }

    [Benchmark(Baseline = true)]
    public async Task<int> DaysDueSetEveryTenant() =>
        Check(await DueInAsync(Enumerable.Range(0, Tenants).Select(t => $"tenant-{t:D4}")));

    [Benchmark]
    public async Task<int> PlannerPass() => (await _services.GetRequiredService<NudgePlanner>().PlanAsync(Now)).Tenants;

    private async Task<int> DueInAsync(IEnumerable<string> tenants)
    {
        var dbs = _services.GetRequiredService<RecruitingDbFactory>();
        var total = 0;
        foreach (var tenant in tenants)
        {
            await using var db = dbs.For(tenant);
            await db.Database.OpenConnectionAsync(); // as the planner does: one open per tenant
            total += (await NudgeQueries.DueAsync(db, [tenant.Replace("tenant-", "rec-", StringComparison.Ordinal)], NudgeBenchStore.Today, default)).Count;
        }
        return total;
    }

    private int Check(int total) => total == _expected ? total : throw new InvalidOperationException($"expected {_expected} due, got {total}");
}
