using Microsoft.EntityFrameworkCore;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Nudges;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting.Storage;

public sealed class TenantScanDbTests
{
    private static async Task<BotHarness> ThreeTenantsAsync()
    {
        var h = await NudgeHarness.StartAsync();
        foreach (var t in new[] { "t1", "t2", "t3" }) await NudgeSeed.CandidateAsync(h.Dbs, t, "rec-1", $"Dana Fox {t}", new DateOnly(2025, 11, 18));
        return h;
    }

    [Fact]
    public async Task Candidates_BoundToTwoOfThreeTenants_SeesOnlyThoseTwo()
    {
        await using var h = await ThreeTenantsAsync();
        await using var scan = h.Get<TenantScanDbFactory>().For(["t1", "t3"]);

        var seen = await scan.Candidates.Select(c => c.TenantId).OrderBy(t => t).ToListAsync();
        var events = await scan.OutcomeEvents.Select(e => e.TenantId).Distinct().OrderBy(t => t).ToListAsync();

        Assert.Equal(["t1", "t3"], seen);
        Assert.Equal(["t1", "t3"], events);
    }

    [Fact]
    public async Task Candidates_Unbound_SeesNothing()
    {
        await using var h = await ThreeTenantsAsync();
        await using var scan = await h.Get<IDbContextFactory<TenantScanDb>>().CreateDbContextAsync();

        Assert.Empty(await scan.Candidates.ToListAsync());
    }

    [Fact]
    public async Task SaveChangesAsync_ChangeToARowInScope_ThrowsAndStoreUnchanged()
    {
        await using var h = await ThreeTenantsAsync();
        await using (var scan = h.Get<TenantScanDbFactory>().For(["t1"]))
        {
            var row = await scan.Candidates.SingleAsync();
            row.DoNotContact = true;
            await Assert.ThrowsAsync<InvalidOperationException>(() => scan.SaveChangesAsync());
        }
        await using var db = h.Dbs.For("t1");
        Assert.False((await db.Candidates.SingleAsync()).DoNotContact);
    }

    [Fact]
    public async Task BindTenant_OnAScan_Throws()
    {
        await using var h = await ThreeTenantsAsync();
        await using var scan = h.Get<TenantScanDbFactory>().For(["t1"]);

        Assert.Throws<InvalidOperationException>(() => scan.BindTenant("t2"));
    }

    [Fact]
    public async Task For_ReturnedToPoolThenRentedUnbound_SeesNothing()
    {
        await using var h = await ThreeTenantsAsync();
        await using (var scan = h.Get<TenantScanDbFactory>().For(["t1", "t2", "t3"])) Assert.Equal(3, await scan.Candidates.CountAsync());

        await using var again = await h.Get<IDbContextFactory<TenantScanDb>>().CreateDbContextAsync();
        Assert.Empty(again.Tenants);
        Assert.Equal(0, await again.Candidates.CountAsync());
    }

    [Fact]
    public async Task DueSetAsync_ScanOfTwoTenants_KeysCarryTheirOwnTenant()
    {
        await using var h = await ThreeTenantsAsync();
        await NudgeSeed.CandidateAsync(h.Dbs, "t2", "rec-2", "Sam Hill", new DateOnly(2025, 12, 1));
        await NudgeSeed.CandidateAsync(h.Dbs, "t2", "rec-2", "Lee Park", new DateOnly(2025, 11, 1), doNotContact: true);
        await using var scan = h.Get<TenantScanDbFactory>().For(["t1", "t2"]);

        var due = await NudgeQueries.DueSetAsync(scan, new DateOnly(2025, 11, 18), default);

        Assert.Equal([("t1", "Dana Fox t1"), ("t2", "Dana Fox t2")], await NamesAsync(h, due));
    }

    private static async Task<List<(string, string)>> NamesAsync(BotHarness h, IReadOnlyList<DueKey> due)
    {
        var names = new List<(string, string)>();
        foreach (var d in due.OrderBy(d => d.TenantId, StringComparer.Ordinal))
        {
            await using var db = h.Dbs.For(d.TenantId);
            names.Add((d.TenantId, await db.Candidates.Where(c => c.Id == d.CandidateId).Select(c => c.DisplayName).SingleAsync()));
        }
        return names;
    }
}
