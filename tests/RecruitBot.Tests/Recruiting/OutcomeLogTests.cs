using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting;

public sealed class OutcomeLogTests : IDisposable
{
    private readonly string _file = SqliteSchema.NewFile();

    public void Dispose() => SqliteConnection.ClearAllPools();

    private RecruitingDbFactory Dbs(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<RecruitingDb>(SqliteSchema.Options<RecruitingDb>(_file, RecruitingDb.HistoryTable))
            .AddInterceptors(interceptors).Options;
        using (var db = new RecruitingDb(options)) db.Database.Migrate();
        return new RecruitingDbFactory(new ContextFactory<RecruitingDb>(() => new RecruitingDb(options)));
    }

    private static OutcomeDraft Draft(string name) => new()
    {
        Name = name, Role = "QA Lead", Outcome = Outcome.RunnerUp, MatchSettled = true,
        NextContactOn = new DateOnly(2026, 2, 16), NextContactWhy = "policy",
    };

    private static Author Author(string tenant = "t1") => new(tenant, "u1", "User One", new DateTime(2025, 11, 18, 9, 0, 0, DateTimeKind.Utc), "source text");

    [Fact]
    public async Task WriteAsync_SaveFails_StoreUnchangedIncludingDialogClaim()
    {
        var dbs = Dbs();
        var log = new OutcomeLog(dbs);
        await log.WriteAsync(Author(), [Draft("Existing Person")]);
        var dialogs = new DialogStore(dbs);
        var dialogId = await dialogs.StartAsync("t1", "c1", "u1", "k", new { x = 1 }, Author().AtUtc, TimeSpan.FromHours(1));
        var before = StoreSnapshot.Take(_file);

        var failing = new OutcomeLog(Dbs(new FailOnSave()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WriteAsync(Author(), [Draft("Priya Shah"), Draft("Tom Lee")],
            db => DialogStore.CompleteAsync(db, dialogId, "done", Author().AtUtc, TimeSpan.FromDays(1))));

        Assert.Equal(before, StoreSnapshot.Take(_file));
    }

    [Fact]
    public async Task WriteAsync_IncompleteDraft_RefusedBeforeTouchingTheStore()
    {
        var log = new OutcomeLog(Dbs());
        var before = StoreSnapshot.Take(_file);

        await Assert.ThrowsAsync<ArgumentException>(() => log.WriteAsync(Author(), [new OutcomeDraft { Name = "No Outcome" }]));

        Assert.Equal(before, StoreSnapshot.Take(_file));
    }

    [Fact]
    public async Task RecruitingDb_Unbound_ReadsNothing()
    {
        var dbs = Dbs();
        await new OutcomeLog(dbs).WriteAsync(Author(), [Draft("Priya Shah")]);
        var options = SqliteSchema.Options<RecruitingDb>(_file, RecruitingDb.HistoryTable);

        await using var unbound = new RecruitingDb(options);

        Assert.Empty(await unbound.Candidates.ToListAsync());
    }

    [Fact]
    public async Task RecruitingDb_OtherTenant_SeesNothingAndCannotWrite()
    {
        var dbs = Dbs();
        await new OutcomeLog(dbs).WriteAsync(Author("t1"), [Draft("Priya Shah")]);

        await using var other = dbs.For("t2");
        Assert.Empty(await other.Candidates.ToListAsync());
        other.Candidates.Add(new Candidate { TenantId = "t1", DisplayName = "Sneaky", NormalizedName = "sneaky" });
        await Assert.ThrowsAsync<InvalidOperationException>(() => other.SaveChangesAsync());
    }

    private sealed class FailOnSave : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("disk full (simulated)");
    }

    private sealed class ContextFactory<T>(Func<T> create) : IDbContextFactory<T> where T : DbContext
    {
        public T CreateDbContext() => create();
    }
}
