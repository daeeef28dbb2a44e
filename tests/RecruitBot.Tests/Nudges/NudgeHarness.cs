using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RecruitBot.Conversation;
using RecruitBot.Hosting;
using RecruitBot.Hosting.Storage;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges;

/// <summary>
/// BotHarness plus nudges (scheduler off): the real engine with the nudge feature over a SQLite file, the business
/// clock fixed by RECRUITBOT_NOW and movable with <see cref="RestartAsync"/>, and a channel id per message.
/// </summary>
public sealed class NudgeHarness : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private ServiceProvider _services = null!;

    private NudgeHarness(string file, string now, IDictionary<string, string?>? extra)
    {
        File = file;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:RecruitBot"] = $"Data Source={file}",
            // These transcripts exercise nudges, not roles: every test tenant is open (roles are tested in AccessTranscriptTests).
            ["Access:OpenTenants:0"] = "local", ["Access:OpenTenants:1"] = "t1", ["Access:OpenTenants:2"] = "t2",
            [BusinessClock.Variable] = now,
            ["Terminal:TimeZone"] = "UTC",
            ["Nudges:RunScheduler"] = "false",
        };
        foreach (var kv in extra ?? new Dictionary<string, string?>()) _settings[kv.Key] = kv.Value;
    }

    public string File { get; }
    public string Tenant { get; set; } = "t1";
    public string User { get; set; } = "rec-1";
    public string UserName { get; set; } = "Dana Recruiter";
    public string Conversation { get; set; } = "dm-1";
    public string Channel { get; set; } = "msteams";
    public string TimeZone { get; set; } = "UTC";
    public IServiceProvider Services => _services;
    public RecruitingDbFactory Dbs => _services.GetRequiredService<RecruitingDbFactory>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();
    public DateTimeOffset Now => _services.GetRequiredService<TimeProvider>().GetUtcNow();

    public static async Task<NudgeHarness> StartAsync(string now = "2025-11-18T09:00:00Z", IDictionary<string, string?>? settings = null)
    {
        var h = new NudgeHarness(SqliteSchema.NewFile(), now, settings);
        await h.BuildAsync();
        return h;
    }

    public async Task RestartAsync(string now)
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _settings[BusinessClock.Variable] = now;
        await BuildAsync();
    }

    public Task<TurnResult> SayAsync(string text) => _services.GetRequiredService<IConversationEngine>().HandleAsync(Message() with { Text = text });

    public Task<TurnResult> PressAsync(string verb, IReadOnlyDictionary<string, object?> data, IReadOnlyDictionary<string, string>? inputs = null) =>
        _services.GetRequiredService<IConversationEngine>().HandleAsync(Message() with
        {
            // A card made for the current user: signed as the renderer signs every button.
            Action = new CardActionInvocation(verb, _services.GetRequiredService<RecruitBot.Conversation.Security.ActionSigner>().Sign(
                new ActionAudience(Tenant, User), verb, data.Where(kv => kv.Value is string).ToDictionary(kv => kv.Key, kv => (string)kv.Value!)), inputs ?? new Dictionary<string, string>()),
        });

    /// <summary>Presses a button as the card shows it: bound by the real binder, found by its title (the nth such button).</summary>
    public Task<TurnResult> PressButtonAsync(CardReply card, string title, int nth = 0, IReadOnlyDictionary<string, string>? inputs = null)
    {
        // Bound and signed by the real renderer, as a channel sends it; proactive cards are for their recipient.
        var bound = _services.GetRequiredService<RecruitBot.Cards.CardRenderer>().Bind(card.Audience is null ? card with { Audience = new ActionAudience(Tenant, User) } : card);
        var buttons = bound.AllActions().Where(a => a.Title == title).ToList();
        Assert.True(buttons.Count > nth, $"No button '{title}' #{nth} on {card.Template}: " + string.Join(", ", bound.AllActions().Select(a => a.Title)));
        var b = buttons[nth];
        return _services.GetRequiredService<IConversationEngine>().HandleAsync(Message() with
        {
            Action = new CardActionInvocation(b.Verb, b.Data, inputs ?? new Dictionary<string, string>()),
        });
    }

    public IReadOnlyList<string> Buttons(CardReply card) =>
        _services.GetRequiredService<RecruitBot.Cards.CardBinder>().Bind(card.Template, card.Data, card.Summary).AllActions().Select(a => a.Title).ToList();

    private IncomingMessage Message() => new()
    {
        TenantId = Tenant, ConversationId = Conversation, User = new UserRef(User, UserName), TimeZoneId = TimeZone,
        Timestamp = Now, ChannelId = Channel,
    };

    private async Task BuildAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Error));
        services.AddRecruitBotCore(configuration, new Env());
        services.AddNudges(configuration);
        _services = services.BuildServiceProvider();
        await DatabaseMigrator.MigrateAsync(_services);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private sealed class Env : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "RecruitBot.Tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
