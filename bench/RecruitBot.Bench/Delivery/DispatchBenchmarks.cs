using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Hosting.Storage;
using RecruitBot.Nudges;
using RecruitBot.Nudges.Delivery;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Bench.Delivery;

/// <summary>
/// Dispatcher throughput on SQLite (WAL, synchronous=FULL, as shipped) with a channel that accepts instantly, so
/// what is measured is leasing and marking. One operation is one message: messages/s = 1 / (mean time per op).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class DispatchBenchmarks
{
    private const int Messages = 500;
    private string _file = "";
    private IDbContextFactory<RecruitingDb> _dbs = null!;
    private OutboxDispatcher _dispatcher = null!;

    [Params(50, 200)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"rb-bench-dispatch-{Guid.NewGuid():N}.db");
        var b = new DbContextOptionsBuilder<RecruitingDb>();
        DatabaseSetup.Configure(b, new DatabaseOptions(), $"Data Source={_file}", RecruitingDb.HistoryTable);
        _dbs = new Contexts(b.Options);
        using (var db = _dbs.CreateDbContext()) db.Database.Migrate();
        var options = Options.Create(new DeliveryOptions { BatchSize = BatchSize, LeaseSeconds = 600 });
        _dispatcher = new OutboxDispatcher(new OutboxLeases(_dbs), [new NoOpChannel()], options, TimeProvider.System, TimeProvider.System,
            NullLogger<OutboxDispatcher>.Instance);
    }

    [IterationSetup]
    public void Seed()
    {
        using var db = new RecruitingDbFactory(_dbs).For("bench");
        var now = DateTime.UtcNow;
        var card = new CardReply("nudge", new Dictionary<string, object?> { ["name"] = "Priya Shah" }, "Priya Shah is due for a check-in");
        for (var i = 0; i < Messages; i++)
            db.Outbox.Add(new OutboxMessage
            {
                TenantId = "bench", Kind = "nudge", IdempotencyKey = Guid.NewGuid().ToString("N"), ChannelId = "noop",
                Recipient = $"user:u{i % 40}", Payload = CardPayload.Serialize(card), CreatedAtUtc = now, NextAttemptAtUtc = now,
            });
        db.SaveChanges();
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public async Task<int> Dispatch_AllPending()
    {
        var sent = 0;
        while (true)
        {
            var r = await _dispatcher.DispatchBatchAsync();
            sent += r.Sent;
            if (r.Leased == 0) return sent;
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }

    private sealed class NoOpChannel : IProactiveChannel
    {
        public string ChannelId => "noop";

        public Task<DeliveryResult> DeliverAsync(string tenantId, string recipient, CardReply card, CancellationToken cancellationToken) =>
            Task.FromResult(DeliveryResult.Sent);
    }

    private sealed class Contexts(DbContextOptions<RecruitingDb> options) : IDbContextFactory<RecruitingDb>
    {
        public RecruitingDb CreateDbContext() => new(options);
    }
}
