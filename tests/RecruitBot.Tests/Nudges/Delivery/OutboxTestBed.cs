using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Nudges.Delivery;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges.Delivery;

/// <summary>
/// A migrated store (SQLite file or fresh PostgreSQL database), a frozen business clock, a movable real clock, and
/// dispatchers built over them: what every dispatcher test starts from.
/// </summary>
public sealed class OutboxTestBed : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 11, 18, 9, 0, 0, TimeSpan.Zero);
    private readonly PostgresDatabase? _postgres;

    private OutboxTestBed(DbContextOptions<RecruitingDb> options, PostgresDatabase? postgres)
    {
        Factory = new Contexts(options);
        _postgres = postgres;
        Tenants = new RecruitingDbFactory(Factory);
    }

    public IDbContextFactory<RecruitingDb> Factory { get; }
    public RecruitingDbFactory Tenants { get; }
    public ManualClock Business { get; } = new(Start);
    public ManualClock Real { get; } = new(Start.AddDays(400)); // deliberately unrelated to the business clock
    public OutboxLeases Leases => new(Factory);

    public static async Task<OutboxTestBed> SqliteAsync()
    {
        var bed = new OutboxTestBed(SqliteSchema.Options<RecruitingDb>(SqliteSchema.NewFile(), RecruitingDb.HistoryTable), null);
        await bed.MigrateAsync();
        return bed;
    }

    public static async Task<OutboxTestBed> PostgresAsync()
    {
        var db = await PostgresDatabase.CreateAsync();
        var bed = new OutboxTestBed(db.Options<RecruitingDb>(RecruitingDb.HistoryTable), db);
        await bed.MigrateAsync();
        return bed;
    }

    private async Task MigrateAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    public OutboxDispatcher Dispatcher(IProactiveChannel channel, Action<DeliveryOptions>? configure = null, int seed = 1) =>
        Dispatcher([channel], configure, seed);

    public OutboxDispatcher Dispatcher(IEnumerable<IProactiveChannel> channels, Action<DeliveryOptions>? configure = null, int seed = 1)
    {
        var o = new DeliveryOptions { BatchSize = 10, LeaseSeconds = 60, MaxAttempts = 5, BackoffMinSeconds = 10, BackoffMaxSeconds = 600 };
        configure?.Invoke(o);
        return new OutboxDispatcher(Leases, channels, Options.Create(o), Business, Real, NullLogger<OutboxDispatcher>.Instance, new Random(seed));
    }

    /// <summary>Enqueues one message the way planners do: through a tenant-bound context, committed on save.</summary>
    public async Task<Guid?> EnqueueAsync(string key, string tenant = "t1", string channel = "test", string recipient = "user:u1",
        DateTime? notBeforeUtc = null)
    {
        await using var db = Tenants.For(tenant);
        var card = new CardReply("nudge", new Dictionary<string, object?> { ["key"] = key }, $"Nudge {key}");
        if (!await Outbox.EnqueueAsync(db, "nudge", key, channel, recipient, card, Business.GetUtcNow().UtcDateTime, notBeforeUtc)) return null;
        await db.SaveChangesAsync();
        return (await db.Outbox.SingleAsync(o => o.IdempotencyKey == key)).Id;
    }

    public async Task<OutboxMessage> RowAsync(Guid id)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.Outbox.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == id);
    }

    public async Task<List<OutboxMessage>> RowsAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.Outbox.IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_postgres is not null) await _postgres.DisposeAsync();
    }

    private sealed class Contexts(DbContextOptions<RecruitingDb> options) : IDbContextFactory<RecruitingDb>
    {
        public RecruitingDb CreateDbContext() => new(options);
    }
}
