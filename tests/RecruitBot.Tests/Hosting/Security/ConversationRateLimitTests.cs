using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Conversation.RateLimiting;
using RecruitBot.Hosting.Security;

namespace RecruitBot.Tests.Hosting.Security;

public sealed class ConversationRateLimitTests
{
    private sealed class CountingEngine : IConversationEngine
    {
        public int Calls;

        public Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(TurnResult.Say(new TextReply("ok")));
        }
    }

    private static (IConversationEngine Engine, CountingEngine Inner, ServiceProvider Services) Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["RateLimits:PerUser:TokenLimit"] = "3",
                ["RateLimits:PerUser:TokensPerPeriod"] = "1",
                ["RateLimits:PerUser:ReplenishmentPeriod"] = "00:10:00",
                ["RateLimits:PerTenant:TokenLimit"] = "5",
                ["RateLimits:PerTenant:TokensPerPeriod"] = "1",
                ["RateLimits:PerTenant:ReplenishmentPeriod"] = "00:10:00",
            })
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var inner = new CountingEngine();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConversationEngine>(inner);
        services.AddConversationRateLimits(configuration);
        var sp = services.BuildServiceProvider();
        return (sp.GetRequiredService<IConversationEngine>(), inner, sp);
    }

    private static IncomingMessage From(string user, string tenant = "t-1") => new()
    {
        TenantId = tenant, ConversationId = "c-" + user, User = new UserRef(user), Timestamp = DateTimeOffset.UtcNow, Text = "who is due",
    };

    private static string Text(TurnResult r) => Assert.IsType<TextReply>(Assert.Single(r.Replies)).Text;

    [Fact]
    public async Task Handle_UserBurstOverLimit_FriendlyReplyAndInnerNotCalled()
    {
        var (engine, inner, sp) = Build();
        await using var _ = sp;
        for (var i = 0; i < 3; i++) Assert.Equal("ok", Text(await engine.HandleAsync(From("u-1"))));

        var limited = await engine.HandleAsync(From("u-1"));

        Assert.Equal(RateLimitedConversationEngine.SlowDownText, Text(limited));
        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public async Task Handle_AnotherUserAfterFirstIsLimited_Unaffected()
    {
        var (engine, inner, sp) = Build();
        await using var _ = sp;
        for (var i = 0; i < 4; i++) await engine.HandleAsync(From("u-1"));

        Assert.Equal("ok", Text(await engine.HandleAsync(From("u-2"))));
        Assert.Equal(4, inner.Calls);
    }

    [Fact]
    public async Task Handle_TenantCapReachedAcrossUsers_LimitsEveryoneInTenantOnly()
    {
        var (engine, inner, sp) = Build();
        await using var _ = sp;
        foreach (var user in new[] { "a", "a", "b", "b", "c" }) Assert.Equal("ok", Text(await engine.HandleAsync(From(user))));

        Assert.Equal(RateLimitedConversationEngine.SlowDownText, Text(await engine.HandleAsync(From("d"))));
        Assert.Equal("ok", Text(await engine.HandleAsync(From("d", tenant: "t-2"))));
        Assert.Equal(6, inner.Calls);
    }

    [Fact]
    public async Task Handle_Disabled_NeverLimits()
    {
        var (engine, inner, sp) = Build(("RateLimits:Enabled", "false"));
        await using var _ = sp;
        for (var i = 0; i < 10; i++) await engine.HandleAsync(From("u-1"));
        Assert.Equal(10, inner.Calls);
    }

    [Fact]
    public void Options_TokensPerPeriodOverLimit_FailsOnStartNamingSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimits:PerUser:TokensPerPeriod"] = "99",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConversationEngine>(new CountingEngine());
        services.AddConversationRateLimits(configuration);
        using var sp = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<RateLimitOptions>>().Value);

        Assert.Contains("RateLimits:PerUser:TokensPerPeriod", e.Message);
    }

    [Fact]
    public void AddConversationRateLimits_NoEngineRegistered_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddConversationRateLimits(new ConfigurationBuilder().Build()));
}
