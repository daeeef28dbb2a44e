using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using RecruitBot.Recruiting.Privacy;
using RecruitBot.Referrals;
using RecruitBot.Referrals.Rediscovery;

namespace RecruitBot.Bench.Referrals;

/// <summary>
/// Rediscovery shortlist latency over 100,000 past candidates in one tenant (target: under 50 ms per shortlist).
/// "Data Engineer II" matches a big family (many rows per tier); "Technical Writer" a small one that runs every tier;
/// "Chief Astronaut" matches nothing (roles scan only).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ShortlistBenchmarks
{
    private string _file = "";
    private Shortlister _shortlister = null!;

    [Params("Data Engineer II", "Technical Writer", "Chief Astronaut")]
    public string Opening { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"recruitbot-bench-rediscovery-{Guid.NewGuid():N}.db");
        var dbs = RediscoveryPool.Open(_file);
        RediscoveryPool.SeedAsync(dbs, 100_000).GetAwaiter().GetResult();
        _shortlister = new Shortlister(dbs, new TenantRetention(dbs, Options.Create(new RetentionOptions())), Options.Create(new ReferralsOptions()));
        // One warm query so the first measured one doesn't pay for model building.
        _shortlister.FindAsync(RediscoveryPool.Tenant, "Warm Up", [], RediscoveryPool.Now).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Shortlist() =>
        (await _shortlister.FindAsync(RediscoveryPool.Tenant, Opening, ["SQL"], RediscoveryPool.Now)).Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }
}
