using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting;

public sealed class MemberDirectoryTests : IDisposable
{
    private static readonly DateTime Now = new(2025, 11, 18, 9, 0, 0, DateTimeKind.Utc);
    private readonly string _file = SqliteSchema.NewFile();
    private readonly RecruitingDbFactory _dbs;

    public MemberDirectoryTests()
    {
        var options = SqliteSchema.Options<RecruitingDb>(_file, RecruitingDb.HistoryTable);
        using (var db = new RecruitingDb(options)) db.Database.Migrate();
        _dbs = new RecruitingDbFactory(new Contexts(() => new RecruitingDb(options)));
    }

    public void Dispose() => SqliteConnection.ClearAllPools();

    private async Task<Member> RowAsync()
    {
        await using var db = _dbs.For("t1");
        return await db.Members.AsNoTracking().SingleAsync();
    }

    [Fact]
    public async Task TouchAsync_SameNameAndZoneMomentsLater_NoQuery()
    {
        var members = new MemberDirectory(_dbs);
        await members.TouchAsync("t1", "msteams", "u1", "Jo Park", "Europe/Berlin", Now);

        using var counter = await SqlCommandCounter.StartAsync(_file);
        await members.TouchAsync("t1", "msteams", "u1", "Jo Park", "Europe/Berlin", Now.AddSeconds(20));
        await members.TouchAsync("t1", "msteams", "u1", null, null, Now.AddSeconds(40));

        Assert.Empty(counter.Commands);
        await members.TouchAsync("t1", "msteams", "u1", "Jo Park-Lee", "Europe/Berlin", Now.AddSeconds(50));
        Assert.NotEmpty(counter.Commands); // and it does see a touch that has something to write
    }

    [Fact]
    public async Task TouchAsync_NameChangedMomentsLater_Written()
    {
        var members = new MemberDirectory(_dbs);
        await members.TouchAsync("t1", "msteams", "u1", "Jo Park", "Europe/Berlin", Now);

        await members.TouchAsync("t1", "msteams", "u1", "Jo Park-Lee", "Europe/Berlin", Now.AddSeconds(20));

        var row = await RowAsync();
        Assert.Equal(("Jo Park-Lee", Now.AddSeconds(20)), (row.DisplayName, row.LastSeenUtc));
    }

    [Fact]
    public async Task TouchAsync_RowChangedElsewhere_ReadAgainAfterAMinute()
    {
        var members = new MemberDirectory(_dbs);
        await members.TouchAsync("t1", "msteams", "u1", "Jo Park", "Europe/Berlin", Now);
        // Another instance saw the user in another zone.
        await using (var db = _dbs.For("t1"))
            await db.Members.ExecuteUpdateAsync(s => s.SetProperty(m => m.TimeZoneId, "America/New_York"));

        await members.TouchAsync("t1", "msteams", "u1", "Jo Park", "Europe/Berlin", Now.AddSeconds(30));
        Assert.Equal("America/New_York", (await RowAsync()).TimeZoneId);
        await members.TouchAsync("t1", "msteams", "u1", "Jo Park", "Europe/Berlin", Now.AddMinutes(2));

        Assert.Equal("Europe/Berlin", (await RowAsync()).TimeZoneId);
    }

    [Fact]
    public async Task TouchAsync_AnHourLater_LastSeenMoves()
    {
        var members = new MemberDirectory(_dbs);
        await members.TouchAsync("t1", "msteams", "u1", "Jo Park", "Europe/Berlin", Now);

        await members.TouchAsync("t1", "msteams", "u1", "Jo Park", "Europe/Berlin", Now.AddMinutes(61));

        Assert.Equal(Now.AddMinutes(61), (await RowAsync()).LastSeenUtc);
    }

    private sealed class Contexts(Func<RecruitingDb> create) : IDbContextFactory<RecruitingDb>
    {
        public RecruitingDb CreateDbContext() => create();
    }
}
