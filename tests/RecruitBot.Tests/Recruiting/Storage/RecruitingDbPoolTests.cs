using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Nudges;

namespace RecruitBot.Tests.Recruiting.Storage;

/// <summary>Contexts are pooled; a context handed back must never keep the tenant it was bound to.</summary>
public sealed class RecruitingDbPoolTests
{
    [Fact]
    public async Task CreateDbContext_AfterABoundContextWasDisposed_UnboundAndSeesNothing()
    {
        await using var h = await NudgeHarness.StartAsync();
        await NudgeSeed.CandidateAsync(h.Dbs, "t1", "rec-1", "Dana Fox", new DateOnly(2025, 11, 18));
        RecruitingDb first;
        await using (first = h.Dbs.For("t1")) Assert.Equal(1, await first.Candidates.CountAsync());

        var factory = h.Get<IDbContextFactory<RecruitingDb>>();
        await using var again = await factory.CreateDbContextAsync();

        Assert.Same(first, again); // the pool did hand the same instance back, so the check below is the real one
        Assert.Null(again.TenantId);
        Assert.Equal(0, await again.Candidates.CountAsync());
        again.BindTenant("t2");
        Assert.Equal(0, await again.Candidates.CountAsync());
    }
}
