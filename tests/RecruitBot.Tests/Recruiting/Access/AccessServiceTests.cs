using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Recruiting.Access;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting.Access;

public sealed class AccessServiceTests
{
    [Fact]
    public async Task GrantInstallerAsync_InstallAndConversationUpdateRace_BothSucceedWithOneGrantEach()
    {
        await using var bot = await BotHarness.StartAsync();
        var access = bot.Services.GetRequiredService<AccessService>();
        var now = new DateTime(2025, 11, 18, 9, 0, 0, DateTimeKind.Utc);

        // Teams delivers installationUpdate and conversationUpdate for one install at the same moment.
        for (var round = 0; round < 5; round++)
        {
            var tenant = $"race-{round}";
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => access.GrantInstallerAsync(tenant, "installer-1", now))));

            await using var db = bot.Services.GetRequiredService<RecruitBot.Recruiting.Storage.RecruitingDbFactory>().For(tenant);
            var grants = await db.Set<RoleGrant>().Select(g => g.Role).OrderBy(r => r).ToListAsync();
            Assert.Equal([TenantRole.Admin, TenantRole.Recruiter], grants);
        }
    }
}
