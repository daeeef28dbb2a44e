using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting.Storage;

public sealed class DialogStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2025, 11, 18, 9, 0, 0, DateTimeKind.Utc);
    private readonly DialogStore _dialogs;

    public DialogStoreTests()
    {
        var options = SqliteSchema.Options<RecruitingDb>(SqliteSchema.NewFile(), RecruitingDb.HistoryTable);
        using (var db = new RecruitingDb(options)) db.Database.Migrate();
        _dialogs = new DialogStore(new RecruitingDbFactory(new Contexts(() => new RecruitingDb(options))));
    }

    public void Dispose() => SqliteConnection.ClearAllPools();

    private sealed record State(string Text);

    [Fact]
    public async Task FindLiveAsync_SameConversationAndUserInAnotherTenant_NotFound()
    {
        await _dialogs.StartAsync("t1", "c1", "u1", "k", new State("t1's draft"), Now, TimeSpan.FromHours(1));

        Assert.Null(await _dialogs.FindLiveAsync<State>("t2", "c1", "u1", "k", Now));
        Assert.Equal("t1's draft", (await _dialogs.FindLiveAsync<State>("t1", "c1", "u1", "k", Now))?.State.Text);
    }

    [Fact]
    public async Task FindLiveAsync_ExpiredOrCompleted_NotFound()
    {
        var expiring = await _dialogs.StartAsync("t1", "c1", "u1", "a", new State("a"), Now, TimeSpan.FromMinutes(5));
        await _dialogs.StartAsync("t1", "c1", "u1", "b", new State("b"), Now, TimeSpan.FromHours(1));
        await _dialogs.DeleteAsync("t1", (await _dialogs.FindLiveAsync<State>("t1", "c1", "u1", "b", Now))!.Id);

        Assert.Equal(expiring, (await _dialogs.FindLiveAsync<State>("t1", "c1", "u1", "a", Now.AddMinutes(4)))?.Id);
        Assert.Null(await _dialogs.FindLiveAsync<State>("t1", "c1", "u1", "a", Now.AddMinutes(5)));
        Assert.Null(await _dialogs.FindLiveAsync<State>("t1", "c1", "u1", "b", Now));
    }

    private sealed class Contexts(Func<RecruitingDb> create) : IDbContextFactory<RecruitingDb>
    {
        public RecruitingDb CreateDbContext() => create();
    }
}
