using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RecruitBot.Cards;
using RecruitBot.Conversation;
using RecruitBot.Conversation.Security;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Hosting;
using RecruitBot.Hosting.Storage;

namespace RecruitBot.Tests.Support;

/// <summary>
/// The real engine over a real SQLite file, with the business clock fixed by RECRUITBOT_NOW. <see cref="RestartAsync"/>
/// throws the whole service graph away and builds a new one over the same file, as a process restart would.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private ServiceProvider _services = null!;

    private BotHarness(string file, string now, IDictionary<string, string?>? extra)
    {
        File = file;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:RecruitBot"] = $"Data Source={file}",
            [BusinessClock.Variable] = now,
            ["Terminal:TimeZone"] = "UTC",
        };
        foreach (var kv in extra ?? new Dictionary<string, string?>()) _settings[kv.Key] = kv.Value;
    }

    public string File { get; }
    public string Tenant { get; set; } = "local";
    public string User { get; set; } = "hm-1";
    public string? UserName { get; set; }
    public string Conversation { get; set; } = "conv-1";
    public string TimeZone { get; set; } = "UTC";
    public string Channel { get; set; } = "terminal";
    public IServiceProvider Services => _services;
    public IConversationEngine Engine => _services.GetRequiredService<IConversationEngine>();
    public RecruitingDbFactory Dbs => _services.GetRequiredService<RecruitingDbFactory>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();
    public DateTimeOffset Now => _services.GetRequiredService<TimeProvider>().GetUtcNow();

    public static async Task<BotHarness> StartAsync(string now = "2025-11-18T09:00:00", IDictionary<string, string?>? settings = null, string? file = null)
    {
        var h = new BotHarness(file ?? SqliteSchema.NewFile(), now, settings);
        await h.BuildAsync();
        return h;
    }

    public async Task RestartAsync(string? now = null)
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (now is not null) _settings[BusinessClock.Variable] = now;
        await BuildAsync();
    }

    public Task<TurnResult> SayAsync(string text) => Engine.HandleAsync(Message() with { Text = text });

    /// <summary>Presses a button with this data on a card that was made for the current tenant and user.</summary>
    public Task<TurnResult> PressAsync(string verb, IReadOnlyDictionary<string, string> data, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var signed = _services.GetRequiredService<ActionSigner>().Sign(new ActionAudience(Tenant, User), verb, data);
        return Engine.HandleAsync(Message() with { Action = new CardActionInvocation(verb, signed, inputs ?? new Dictionary<string, string>()) });
    }

    /// <summary>
    /// Presses a button of a card the bot sent, as a channel would: renders the card and sends back exactly the data the
    /// button carries (its signed reference included). <paramref name="which"/> picks among per-item buttons.
    /// </summary>
    public Task<TurnResult> PressAsync(CardReply card, string verb, IReadOnlyDictionary<string, string>? inputs = null,
        Func<IReadOnlyDictionary<string, string>, bool>? which = null)
    {
        var choices = _services.GetRequiredService<CardRenderer>().ToText(card).Choices;
        var choice = choices.FirstOrDefault(c => c.Verb == verb && (which?.Invoke(c.Data) ?? true))
            ?? throw new InvalidOperationException($"The {card.Template} card has no '{verb}' button; it has: {string.Join(", ", choices.Select(c => c.Verb))}");
        return Engine.HandleAsync(Message() with { Action = new CardActionInvocation(choice.Verb, choice.Data, inputs ?? new Dictionary<string, string>()) });
    }

    /// <summary>Presses a button as the card shows it: bound by the real binder, found by its title (the nth such button).</summary>
    public Task<TurnResult> PressButtonAsync(CardReply card, string title, int nth = 0, IReadOnlyDictionary<string, string>? inputs = null)
    {
        // Bound and signed by the real renderer, as a channel sends it; proactive cards are for their recipient.
        var bound = _services.GetRequiredService<CardRenderer>().Bind(card.Audience is null ? card with { Audience = new ActionAudience(Tenant, User) } : card);
        var buttons = bound.AllActions().Where(a => a.Title == title).ToList();
        Assert.True(buttons.Count > nth, $"No button '{title}' #{nth} on {card.Template}: " + string.Join(", ", bound.AllActions().Select(a => a.Title)));
        var b = buttons[nth];
        return Engine.HandleAsync(Message() with { Action = new CardActionInvocation(b.Verb, b.Data, inputs ?? new Dictionary<string, string>()) });
    }

    public IReadOnlyList<string> Buttons(CardReply card) =>
        _services.GetRequiredService<CardBinder>().Bind(card.Template, card.Data, card.Summary).AllActions().Select(a => a.Title).ToList();

    /// <summary>A tenant-bound context over the same file, to read what the turns stored.</summary>
    public RecruitingDb Db() => _services.GetRequiredService<RecruitingDbFactory>().For(Tenant);

    /// <summary>The outbox messages of one kind, oldest first, with their cards read back.</summary>
    public async Task<List<(OutboxMessage Message, CardReply Card)>> OutboxAsync(string kind)
    {
        await using var db = Db();
        var rows = await db.Outbox.AsNoTracking().Where(o => o.Kind == kind).OrderBy(o => o.CreatedAtUtc).ToListAsync();
        return rows.Select(r => (r, CardPayload.Deserialize(r.Payload))).ToList();
    }

    private IncomingMessage Message() => new()
    {
        TenantId = Tenant, ConversationId = Conversation, User = new UserRef(User, UserName ?? User),
        TimeZoneId = TimeZone, Timestamp = _services.GetRequiredService<TimeProvider>().GetUtcNow(), ChannelId = Channel,
    };

    private async Task BuildAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddRecruitBotCore(configuration, new TestEnvironment());
        _services = services.BuildServiceProvider();
        await DatabaseMigrator.MigrateAsync(_services);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "RecruitBot.Tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
