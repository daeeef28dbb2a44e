using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Access;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting;

/// <summary>The per-turn memo saves repeated reads, and never hides a write: not within the turn, nor after it.</summary>
public sealed class TurnCacheTests
{
    private static readonly DateTime Now = new(2025, 11, 18, 9, 0, 0, DateTimeKind.Utc);

    private static Task<BotHarness> AcmeAsync() =>
        BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Access:Tenants:acme:Admins:0"] = "admin-1" });

    private sealed record Draft(string Name);

    [Fact]
    public async Task RolesOfAsync_AskedTwiceInOneTurn_OneQuery()
    {
        await using var bot = await AcmeAsync();
        var access = bot.Services.GetRequiredService<AccessService>();
        using var counter = await SqlCommandCounter.StartAsync(bot.File);

        using (TurnCache.Open())
        {
            await access.RolesOfAsync("acme", "rec-1");
            await access.RolesOfAsync("acme", "rec-1");
        }

        Assert.Single(counter.Commands, c => c.Contains("RoleGrants", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RolesOfAsync_OutsideATurn_ReadsEveryTime()
    {
        await using var bot = await AcmeAsync();
        var access = bot.Services.GetRequiredService<AccessService>();
        using var counter = await SqlCommandCounter.StartAsync(bot.File);

        await access.RolesOfAsync("acme", "rec-1");
        await access.RolesOfAsync("acme", "rec-1");

        Assert.Equal(2, counter.Commands.Count(c => c.Contains("RoleGrants", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RolesOfAsync_GrantAndRevokeInSameTurn_SeenAtOnce()
    {
        await using var bot = await AcmeAsync();
        var access = bot.Services.GetRequiredService<AccessService>();

        using var turn = TurnCache.Open();
        Assert.DoesNotContain(TenantRole.Recruiter, await access.RolesOfAsync("acme", "rec-1"));
        await access.GrantAsync("acme", "rec-1", TenantRole.Recruiter, "admin-1", Now);
        Assert.Contains(TenantRole.Recruiter, await access.RolesOfAsync("acme", "rec-1"));
        await access.RevokeAsync("acme", "rec-1", TenantRole.Recruiter);
        Assert.DoesNotContain(TenantRole.Recruiter, await access.RolesOfAsync("acme", "rec-1"));
    }

    [Fact]
    public async Task RolesOfAsync_GrantWrittenElsewhere_SeenNextTurn()
    {
        await using var bot = await AcmeAsync();
        var access = bot.Services.GetRequiredService<AccessService>();
        using (TurnCache.Open()) Assert.DoesNotContain(TenantRole.Recruiter, await access.RolesOfAsync("acme", "rec-1"));

        // Another process (or a concurrent turn) grants the role behind this one's back.
        await using (var db = bot.Services.GetRequiredService<RecruitingDbFactory>().For("acme"))
        {
            db.Set<RoleGrant>().Add(new RoleGrant { TenantId = "acme", UserId = "rec-1", Role = TenantRole.Recruiter, GrantedBy = "admin-1", GrantedAtUtc = Now });
            await db.SaveChangesAsync();
        }

        using (TurnCache.Open()) Assert.Contains(TenantRole.Recruiter, await access.RolesOfAsync("acme", "rec-1"));
    }

    [Fact]
    public async Task CheckAsync_Allowed_DoesNotLookUpAdmins()
    {
        await using var bot = await AcmeAsync();
        var access = bot.Services.GetRequiredService<AccessService>();
        await access.GrantAsync("acme", "rec-1", TenantRole.Recruiter, "admin-1", Now);
        using var counter = await SqlCommandCounter.StartAsync(bot.File);

        Assert.True((await access.CheckAsync("acme", "rec-1", Permission.SeeCandidate)).Allowed);

        Assert.Single(counter.Commands);
        Assert.DoesNotContain(counter.Commands, c => c.Contains("Members", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindLiveAsync_EveryKindInOneTurn_OneQuery()
    {
        await using var bot = await BotHarness.StartAsync();
        var dialogs = bot.Services.GetRequiredService<DialogStore>();
        await dialogs.StartAsync("local", "conv-1", "hm-1", "a", new Draft("Priya"), Now, TimeSpan.FromHours(1));
        await dialogs.StartAsync("local", "conv-1", "hm-1", "b", new Draft("Tom"), Now, TimeSpan.FromHours(1));
        using var counter = await SqlCommandCounter.StartAsync(bot.File);

        using (TurnCache.Open())
        {
            Assert.Equal("Priya", (await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "a", Now))!.State.Name);
            Assert.Equal("Tom", (await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "b", Now))!.State.Name);
            Assert.Null(await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "c", Now));
        }

        Assert.Single(counter.Commands);
    }

    [Fact]
    public async Task FindLiveAsync_WritesEarlierInTheTurn_SeenByLaterReads()
    {
        await using var bot = await BotHarness.StartAsync();
        var dialogs = bot.Services.GetRequiredService<DialogStore>();

        using var turn = TurnCache.Open();
        Assert.Null(await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "a", Now));
        var id = await dialogs.StartAsync("local", "conv-1", "hm-1", "a", new Draft("Priya"), Now, TimeSpan.FromHours(1));
        Assert.Equal("Priya", (await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "a", Now))!.State.Name);
        await dialogs.UpdateAsync("local", id, new Draft("Priya Shah"), Now, TimeSpan.FromHours(1));
        Assert.Equal("Priya Shah", (await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "a", Now))!.State.Name);
        await using (var db = bot.Db())
        {
            await DialogStore.CompleteAsync(db, id, "logged", Now, TimeSpan.FromHours(1));
        }
        Assert.Null(await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "a", Now));
        var second = await dialogs.StartAsync("local", "conv-1", "hm-1", "a", new Draft("Tom"), Now, TimeSpan.FromHours(1));
        Assert.NotNull(await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "a", Now));
        await dialogs.DeleteAsync("local", second);
        Assert.Null(await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "a", Now));
    }

    [Fact]
    public async Task FindLiveAsync_AfterTheTurnCloses_ReadsFresh()
    {
        await using var bot = await BotHarness.StartAsync();
        var dialogs = bot.Services.GetRequiredService<DialogStore>();
        var turn = TurnCache.Open();
        Assert.Null(await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "a", Now));
        turn.Dispose();

        await using (var db = bot.Db())
        {
            db.Dialogs.Add(new DialogStateRecord { TenantId = "local", ConversationId = "conv-1", UserId = "hm-1", Kind = "a", Payload = "{\"Name\":\"Dana\"}", CreatedAtUtc = Now, ExpiresAtUtc = Now.AddHours(1) });
            await db.SaveChangesAsync();
        }

        Assert.Equal("Dana", (await dialogs.FindLiveAsync<Draft>("local", "conv-1", "hm-1", "a", Now))!.State.Name);
    }
}
