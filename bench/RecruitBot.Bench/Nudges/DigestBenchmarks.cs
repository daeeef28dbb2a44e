using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Nudges.Digest;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Bench.Nudges;

/// <summary>Building the weekly digest for 1,000 team channels (one per tenant, 1,000 candidates each).</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DigestBenchmarks
{
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup() => _services = NudgeBenchStore.OpenAsync(1000, 1000, 1).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public async Task<int> WeeklyDigest1000Channels()
    {
        var dbs = _services.GetRequiredService<RecruitingDbFactory>();
        var builder = _services.GetRequiredService<DigestBuilder>();
        var now = new DateTime(2025, 11, 24, 9, 0, 0, DateTimeKind.Utc);
        var built = 0;
        for (var t = 0; t < 1000; t++)
        {
            await using var db = dbs.For($"tenant-{t:D4}");
            var channel = await db.Set<TeamChannel>().AsNoTracking().SingleAsync();
            var card = await builder.BuildAsync(db, channel, new DateOnly(2025, 11, 24), now, default);
            built += card.Data.Count > 0 ? 1 : 0;
        }
        return built;
    }
}
