using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Teams.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Teams.Storage;

public sealed class TeamsConversationStoreTests
{
    private sealed class Factory(DbContextOptions<TeamsDb> options) : IDbContextFactory<TeamsDb>
    {
        public TeamsDb CreateDbContext() => new(options);
    }

    private static TeamsConversationStore NewStore()
    {
        var options = SqliteSchema.Options<TeamsDb>(SqliteSchema.NewFile(), TeamsDb.HistoryTable);
        using (var db = new TeamsDb(options)) db.Database.Migrate();
        return new TeamsConversationStore(new Factory(options), TimeProvider.System);
    }

    private static TeamsConversationRef Ref(string conversation = "c1", string url = "https://smba.trafficmanager.net/amer/") =>
        new() { TenantId = "t1", ConversationId = conversation, ServiceUrl = url, ConversationType = "personal", UserId = "29:u", UserAadObjectId = "aad-u", BotId = "28:b" };

    [Fact]
    public async Task Record_NewConversation_AllowListsServiceUrlForTenantOnly()
    {
        var store = NewStore();
        await store.RecordAsync(Ref(), default);
        Assert.True(await store.IsServiceUrlAllowedAsync("t1", "https://smba.trafficmanager.net/amer/", default));
        Assert.False(await store.IsServiceUrlAllowedAsync("t2", "https://smba.trafficmanager.net/amer/", default));
        Assert.False(await store.IsServiceUrlAllowedAsync("t1", "https://evil.example.com/", default));
    }

    [Fact]
    public async Task Record_GoneConversationSpeaksAgain_NoLongerGone()
    {
        var store = NewStore();
        await store.RecordAsync(Ref(), default);
        await store.MarkGoneAsync("t1", "c1", default);
        Assert.True((await store.FindAsync("t1", "c1", default))!.Gone);
        await store.RecordAsync(Ref(), default);
        Assert.False((await store.FindAsync("t1", "c1", default))!.Gone);
    }

    [Fact]
    public async Task TryMarkProcessed_SecondDelivery_False()
    {
        var store = NewStore();
        Assert.True(await store.TryMarkProcessedAsync("t1", "a1", default));
        Assert.False(await store.TryMarkProcessedAsync("t1", "a1", default));
        Assert.True(await store.TryMarkProcessedAsync("t2", "a1", default));
    }

    [Fact]
    public async Task FindForUser_ByAadObjectId_PersonalReference()
    {
        var store = NewStore();
        await store.RecordAsync(Ref(), default);
        Assert.Equal("c1", (await store.FindForUserAsync("t1", "aad-u", default))!.ConversationId);
        Assert.Null(await store.FindForUserAsync("t2", "aad-u", default));
    }
}
