using RecruitBot.Conversation;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Conversation;

/// <summary>Every kind of bad input gets a clear reply, and nothing already stored changes.</summary>
public sealed class BadInputTranscriptTests
{
    public static TheoryData<string, string> BadMessages() => new()
    {
        { "", "didn't catch anything" },
        { "   \t ", "didn't catch anything" },
        { new string('x', 100 * 1024), "too long" },
        { "Priya Shah\u0000 rejected\u0007", "control characters" },
        { "Мы выбрали другого кандидата на эту роль", "only understand English" },
        { "面接は順調でしたが、別の候補者を選びました", "only understand English" },
        { "asdf qwerty zxcv 12345 !!!", "couldn't find a candidate outcome" },
        { "🙂🙂🙂", "couldn't find a candidate outcome" },
        { "yes", "nothing waiting" },
    };

    [Theory]
    [MemberData(nameof(BadMessages))]
    public async Task HandleAsync_BadMessage_ClearReplyAndStoreUnchanged(string message, string expected)
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync("Jamal Reed declined our offer for QA Lead, couldn't relocate");
        await bot.SayAsync("yes");
        var before = StoreSnapshot.Take(bot.File);

        var result = await bot.SayAsync(message);

        Assert.Contains(expected, result.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, StoreSnapshot.Take(bot.File));
    }

    [Fact]
    public async Task HandleAsync_CardActionForUnknownDialog_SaysExpiredAndStoresNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        var before = StoreSnapshot.Take(bot.File);

        var result = await bot.PressAsync(Verbs.Confirm, new Dictionary<string, string> { ["dialogId"] = Guid.NewGuid().ToString() });

        Assert.Contains("expired", result.Text());
        Assert.Equal(before, StoreSnapshot.Take(bot.File));
    }

    [Fact]
    public async Task HandleAsync_CardActionAfterTtl_SaysExpired()
    {
        await using var bot = await BotHarness.StartAsync("2025-11-18T09:00:00");
        var confirm = (await bot.SayAsync("Priya Shah was runner-up for QA Lead")).Card("outcome-confirm");
        await bot.RestartAsync("2025-11-20T09:00:00"); // past the 24 h default

        var result = await bot.PressAsync(confirm, Verbs.Confirm);

        Assert.Contains("expired", result.Text());
        Assert.Equal(0, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
    }

    [Fact]
    public async Task HandleAsync_CardActionFromAnotherUser_RefusedAsNotYours()
    {
        await using var bot = await BotHarness.StartAsync();
        var confirm = (await bot.SayAsync("Priya Shah was runner-up for QA Lead")).Card("outcome-confirm");

        bot.User = "someone-else";
        var result = await bot.PressAsync(confirm, Verbs.Confirm);

        Assert.Contains("isn't yours", result.Text());
        Assert.Equal(0, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
    }

    [Fact]
    public async Task HandleAsync_CardActionFromAnotherTenant_RefusedAsNotYours()
    {
        await using var bot = await BotHarness.StartAsync();
        var confirm = (await bot.SayAsync("Priya Shah was runner-up for QA Lead")).Card("outcome-confirm");

        bot.Tenant = "other-tenant";
        var result = await bot.PressAsync(confirm, Verbs.Confirm);

        Assert.Contains("isn't yours", result.Text());
        Assert.Equal(0, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
    }

    [Fact]
    public async Task HandleAsync_UnsignedOrTamperedCardAction_RefusedAsNotYours()
    {
        await using var bot = await BotHarness.StartAsync();
        var confirm = (await bot.SayAsync("Priya Shah was runner-up for QA Lead")).Card("outcome-confirm");
        var dialogId = (string)confirm.Data["dialogId"]!;

        var unsigned = await bot.Engine.HandleAsync(new IncomingMessage
        {
            TenantId = bot.Tenant, ConversationId = bot.Conversation, User = new UserRef(bot.User), Timestamp = DateTimeOffset.UtcNow,
            Action = new CardActionInvocation(Verbs.Confirm, new Dictionary<string, string> { ["dialogId"] = dialogId }, new Dictionary<string, string>()),
        });

        Assert.Contains("isn't yours", unsigned.Text());
        Assert.Equal(0, StoreSnapshot.Count(bot.File, "OutcomeEvents"));
    }

    [Fact]
    public async Task HandleAsync_GarbageCardAction_FriendlyReply()
    {
        await using var bot = await BotHarness.StartAsync();

        var result = await bot.PressAsync("no.such.verb", new Dictionary<string, string> { ["dialogId"] = "not-a-guid" });

        Assert.Contains("don't recognise that button", result.Text());
    }
}
