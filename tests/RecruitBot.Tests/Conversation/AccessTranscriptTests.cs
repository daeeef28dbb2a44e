using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Conversation;

/// <summary>The role table in a closed tenant: each row allowed and refused, as conversations.</summary>
public sealed class AccessTranscriptTests
{
    private static async Task<BotHarness> AcmeAsync()
    {
        var bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Access:Tenants:acme:Admins:0"] = "admin-1" });
        bot.Tenant = "acme";
        foreach (var user in new[] { "admin-1", "rec-1", "hm-1", "col-1" })
        {
            bot.User = user;
            await bot.SayAsync("my role"); // everyone has talked to the bot once, so admins can name them
        }
        bot.User = "admin-1";
        Assert.Contains("Done", (await bot.SayAsync("make rec-1 a recruiter")).Text());
        Assert.Contains("Done", (await bot.SayAsync("make hm-1 hiring manager for QA Lead")).Text());
        return bot;
    }

    [Fact]
    public async Task HandleAsync_RecruiterLogsAndSees_Allowed()
    {
        await using var bot = await AcmeAsync();
        bot.User = "rec-1";

        (await bot.SayAsync("Priya Shah was runner-up for Backend Engineer, check back tomorrow")).Card("outcome-confirm");
        (await bot.SayAsync("yes")).Card("outcome-logged");

        Assert.Single((await bot.SayAsync("due this week")).Card("due-list").Items("items"));
        (await bot.SayAsync("show Priya")).Card("timeline");
    }

    [Fact]
    public async Task HandleAsync_HiringManagerForOwnRole_AllowedAndOtherRoleRefused()
    {
        await using var bot = await AcmeAsync();
        bot.User = "rec-1";
        await bot.SayAsync("Tom Lee was rejected for Backend Engineer, weak on Go, check back tomorrow");
        await bot.SayAsync("yes");

        bot.User = "hm-1";
        (await bot.SayAsync("Priya Shah was runner-up for QA Lead, check back tomorrow")).Card("outcome-confirm");
        (await bot.SayAsync("yes")).Card("outcome-logged");
        var refused = await bot.SayAsync("Dana Fox was rejected for Backend Engineer");
        Assert.Contains("only for the roles they own", refused.Text());

        var due = (await bot.SayAsync("due this week")).Card("due-list").Items("items");
        Assert.Equal("Priya Shah", Assert.Single(due)["name"]); // not Tom Lee: Backend Engineer isn't theirs
        Assert.Contains("don't know anyone", (await bot.SayAsync("show Tom Lee")).Text());
    }

    [Fact]
    public async Task HandleAsync_ColleagueLogsOrLooks_RefusedWithWhoCanGrant()
    {
        await using var bot = await AcmeAsync();
        bot.User = "col-1";

        var log = await bot.SayAsync("Priya Shah was runner-up for QA Lead");
        Assert.Contains("Only recruiters and hiring managers can log outcomes", log.Text());
        Assert.Contains("admin-1", log.Text());
        Assert.Contains("Only recruiters and hiring managers can see candidates", (await bot.SayAsync("who is due")).Text());
        Assert.Equal(0, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
    }

    [Fact]
    public async Task HandleAsync_NonAdminManagesRoles_Refused()
    {
        await using var bot = await AcmeAsync();
        bot.User = "rec-1";

        var result = await bot.SayAsync("make col-1 an admin");

        Assert.Contains("Only admins", result.Text());
        bot.User = "col-1";
        Assert.Contains("colleague", (await bot.SayAsync("my role")).Text());
    }

    [Fact]
    public async Task HandleAsync_AdminRevokes_RecruiterLosesAccess()
    {
        await using var bot = await AcmeAsync();
        Assert.Contains("no longer", (await bot.SayAsync("remove rec-1 as recruiter")).Text());

        bot.User = "rec-1";
        Assert.Contains("Only recruiters", (await bot.SayAsync("who is due")).Text());
    }

    [Fact]
    public async Task HandleAsync_AdminNamesUnknownPerson_AsksForMention()
    {
        await using var bot = await AcmeAsync();

        Assert.Contains("don't know @Zed", (await bot.SayAsync("make @Zed a recruiter")).Text());
    }
}
