using RecruitBot.Tests.Support;
using Xunit.Abstractions;

namespace RecruitBot.Tests.Conversation;

/// <summary>
/// "Who is due" is the turn people repeat most; its SQL count is its cost. These bounds guard against a feature
/// quietly adding a query to every turn: a repeated "who is due" reads live dialogs, the due list and (in a closed
/// tenant) the person's roles, and nothing else (no member touch, referral sync or retention setting).
/// </summary>
public sealed class TurnQueryBudgetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task HandleAsync_WhoIsDueInOpenTenant_StaysWithinQueryBudget()
    {
        await using var bot = await BotHarness.StartAsync();
        await SeedAsync(bot);

        var commands = await CountAsync(bot, "who is due");

        Assert.NotEmpty(commands); // the counter did see the turn
        Assert.True(commands.Count <= 2, $"{commands.Count} SQL commands:\n{string.Join("\n---\n", commands)}");
    }

    [Fact]
    public async Task HandleAsync_WhoIsDueAsRecruiterInClosedTenant_StaysWithinQueryBudget()
    {
        await using var bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Access:Tenants:acme:Admins:0"] = "admin-1" });
        bot.Tenant = "acme";
        bot.User = "rec-1";
        await bot.SayAsync("my role");
        bot.User = "admin-1";
        Assert.Contains("Done", (await bot.SayAsync("make rec-1 a recruiter")).Text());
        bot.User = "rec-1";
        await SeedAsync(bot);

        var commands = await CountAsync(bot, "who is due");

        Assert.NotEmpty(commands);
        Assert.True(commands.Count <= 3, $"{commands.Count} SQL commands:\n{string.Join("\n---\n", commands)}");
    }

    private static async Task SeedAsync(BotHarness bot)
    {
        (await bot.SayAsync("Priya Shah was runner-up for Backend Engineer, check back tomorrow")).Card("outcome-confirm");
        (await bot.SayAsync("yes")).Card("outcome-logged");
        await bot.SayAsync("who is due"); // warms caches that a first turn fills once
    }

    private async Task<IReadOnlyList<string>> CountAsync(BotHarness bot, string text)
    {
        using var counter = await SqlCommandCounter.StartAsync(bot.File);
        var result = await bot.SayAsync(text);
        output.WriteLine(result.Text());
        var commands = counter.Commands;
        output.WriteLine($"{commands.Count} SQL commands for \"{text}\":");
        foreach (var c in commands) output.WriteLine(c.Split('\n')[0] + " ... " + string.Join(' ', c.Split('\n').Where(l => l.StartsWith("FROM", StringComparison.Ordinal))));
        return commands;
    }
}
