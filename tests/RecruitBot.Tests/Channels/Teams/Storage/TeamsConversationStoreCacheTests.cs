using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Teams.Storage;
using RecruitBot.Tests.Nudges.Delivery;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Teams.Storage;

/// <summary>An unchanged reference is not re-read on every activity; every real change still reaches the database.</summary>
public sealed class TeamsConversationStoreCacheTests
{
    private const string Url = "https://smba.trafficmanager.net/amer/";

    private sealed class CountingFactory(DbContextOptions<TeamsDb> options) : IDbContextFactory<TeamsDb>
    {
        public int Created;

        public TeamsDb CreateDbContext()
        {
            Interlocked.Increment(ref Created);
            return new(options);
        }
    }

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CountingFactory _factory;
    private readonly TeamsConversationStore _store;

    public TeamsConversationStoreCacheTests()
    {
        var options = SqliteSchema.Options<TeamsDb>(SqliteSchema.NewFile(), TeamsDb.HistoryTable);
        using (var db = new TeamsDb(options)) db.Database.Migrate();
        _factory = new CountingFactory(options);
        _store = new TeamsConversationStore(_factory, _clock);
    }

    private static TeamsConversationRef Ref(string url = Url, string? userName = "Ann") =>
        new() { TenantId = "t1", ConversationId = "c1", ServiceUrl = url, ConversationType = "personal", UserId = "29:u", UserName = userName, BotId = "28:b" };

    [Fact]
    public async Task Record_SameReferenceAgain_NoDatabaseAccess()
    {
        await _store.RecordAsync(Ref(), default);
        var before = _factory.Created;
        await _store.RecordAsync(Ref(), default);
        await _store.RecordAsync(Ref(userName: null), default);
        Assert.Equal(before, _factory.Created);
    }

    [Fact]
    public async Task Record_ChangedServiceUrl_WrittenAndAllowListed()
    {
        await _store.RecordAsync(Ref(), default);
        await _store.RecordAsync(Ref(url: "https://smba.trafficmanager.net/emea/"), default);
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await _store.FindAsync("t1", "c1", default))!.ServiceUrl);
        Assert.True(await _store.IsServiceUrlAllowedAsync("t1", "https://smba.trafficmanager.net/emea/", default));
    }

    [Fact]
    public async Task Record_ChangedUserName_Written()
    {
        await _store.RecordAsync(Ref(), default);
        await _store.RecordAsync(Ref(userName: "Ann B."), default);
        Assert.Equal("Ann B.", (await _store.FindAsync("t1", "c1", default))!.UserName);
    }

    [Fact]
    public async Task Record_AfterMarkGone_GoneClearedInDatabase()
    {
        await _store.RecordAsync(Ref(), default);
        await _store.MarkGoneAsync("t1", "c1", default);
        await _store.RecordAsync(Ref(), default);
        Assert.False((await _store.FindAsync("t1", "c1", default))!.Gone);
    }

    [Fact]
    public async Task Record_AfterWindow_ReadsDatabaseAgain()
    {
        await _store.RecordAsync(Ref(), default);
        var before = _factory.Created;
        _clock.Advance(TeamsConversationStore.RecordedWindow + TimeSpan.FromSeconds(1));
        await _store.RecordAsync(Ref(), default);
        Assert.Equal(before + 1, _factory.Created);
    }
}
