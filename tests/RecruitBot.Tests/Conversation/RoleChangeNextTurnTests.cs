using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Conversation;

/// <summary>Roles are memoised within a turn only: a grant or revoke takes effect on the person's very next turn.</summary>
public sealed class RoleChangeNextTurnTests
{
    [Fact]
    public async Task HandleAsync_MadeRecruiterThenRevoked_NextTurnsFollowEachChange()
    {
        await using var bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Access:Tenants:acme:Admins:0"] = "admin-1" });
        bot.Tenant = "acme";
        bot.User = "dana";
        Assert.Contains("Only recruiters and hiring managers", (await bot.SayAsync("due this week")).Text());

        bot.User = "admin-1";
        Assert.Contains("Done", (await bot.SayAsync("make dana a recruiter")).Text());
        bot.User = "dana";
        (await bot.SayAsync("due this week")).Card("due-list");

        bot.User = "admin-1";
        await bot.SayAsync("remove dana as recruiter");
        bot.User = "dana";
        Assert.Contains("Only recruiters and hiring managers", (await bot.SayAsync("due this week")).Text());
    }
}
