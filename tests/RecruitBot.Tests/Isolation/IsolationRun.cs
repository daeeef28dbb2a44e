using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Cards;
using RecruitBot.Conversation;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Isolation;

/// <summary>
/// Drives two tenants through thousands of seeded random turns over the real engine. After every turn it checks
/// that nothing the user sees (text, card data, rendered card, exported file) carries the other tenant's markers,
/// and it presses cards both honestly and forged (<see cref="IsolationForger"/>).
/// </summary>
public sealed class IsolationRun(BotHarness bot, int seed, Action<string> log)
{
    private const int PoolSize = 400;
    private static readonly (string Family, int Weight)[] Weights =
    [
        ("log", 16), ("follow-up", 16), ("due", 6), ("show", 6), ("undo", 3), ("nudge", 10), ("referral", 10),
        ("opening", 5), ("privacy", 5), ("admin", 5), ("help", 1),
    ];

    private readonly Random _rng = new(seed);
    private readonly List<ReceivedCard> _pool = [];
    private string _op = "";

    public static readonly TenantWorld[] Worlds = [TenantWorld.Alpha, TenantWorld.Beta];
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);
    public IsolationForger Forger { get; } = new();

    public Random Rng => _rng;

    public static TenantWorld Other(TenantWorld w) => w == TenantWorld.Alpha ? TenantWorld.Beta : TenantWorld.Alpha;

    public async Task RunAsync(int ops, Func<Task>? halfway = null)
    {
        for (var i = 0; i < ops; i++)
        {
            if (i == ops / 2 && halfway is not null) await halfway();
            var w = Worlds[_rng.Next(2)];
            var user = IsolationScript.Pick(_rng, TenantWorld.UserIds);
            var roll = _rng.Next(100);
            _op = $"op {i} (seed {seed})";
            if (roll < 22 && _pool.Where(c => c.World == w && c.UserId == user).ToList() is { Count: > 0 } mine)
                await PressOwnAsync(IsolationScript.Pick(_rng, mine));
            else if (roll < 34 && _pool.Count > 0)
                await Forger.PressForgedAsync(this, IsolationScript.Pick(_rng, _pool), _rng);
            else
                await SayAsync(w, user, Family());
        }
    }

    private string Family()
    {
        var n = _rng.Next(Weights.Sum(x => x.Weight));
        foreach (var (family, weight) in Weights)
        {
            if (n < weight) return family;
            n -= weight;
        }
        return "help";
    }

    private async Task SayAsync(TenantWorld w, string user, string family)
    {
        var text = IsolationScript.Line(family, w, _rng);
        Count("say:" + family);
        var result = await TurnAsync(w, user, text, null);
        // People usually answer the card they just got: most logs and referrals are confirmed at once, so the store
        // fills with both tenants' look-alike records for later turns to trip over.
        if (family is "log" or "referral" && _rng.Next(10) < 7 && result.Replies.OfType<CardReply>().Any())
        {
            Count("say:confirm");
            result = await TurnAsync(w, user, "yes", null);
        }
        if (result.Text() is var said && said.StartsWith("Exported everything", StringComparison.Ordinal))
        {
            var file = said[(said.LastIndexOf(" to ", StringComparison.Ordinal) + 4)..].Trim();
            var json = await File.ReadAllTextAsync(file);
            File.Delete(file);
            Clean(w, $"export file of '{text}'", json);
            Count(w.FoundIn(json).Any() ? "export-file:own-data" : "export-file");
        }
    }

    private Task PressOwnAsync(ReceivedCard card) => PressAsync(card, IsolationScript.Pick(_rng, card.Choices));

    /// <summary>Presses one button of a card as the user it was made for.</summary>
    public async Task PressAsync(ReceivedCard card, CardChoice choice)
    {
        var action = new CardActionInvocation(choice.Verb, choice.Data, IsolationScript.Inputs(choice.Verb, card.World, _rng));
        Count("press:" + choice.Verb);
        var result = await TurnAsync(card.World, card.UserId, null, action);
        // An honest press of one's own card is never taken for a forgery.
        Assert.False(result.Text().Contains("isn't yours", StringComparison.Ordinal),
            $"{_op}: own {card.Card.Template} card '{choice.Verb}' refused: {TurnAssert.Describe(result)}");
    }

    /// <summary>One turn as this tenant's user; fails at once, with the seed, if anything shown names the other tenant.</summary>
    public async Task<TurnResult> TurnAsync(TenantWorld w, string user, string? text, CardActionInvocation? action)
    {
        var message = new IncomingMessage
        {
            TenantId = w.TenantId, ConversationId = "dm-" + user, User = new UserRef(user, w.UserName(user)), TimeZoneId = "UTC",
            Timestamp = bot.Services.GetRequiredService<TimeProvider>().GetUtcNow(), Text = text, Action = action,
            // A chat channel rather than the terminal, so the nudge planner counts these users as reachable.
            ChannelId = "slack",
        };
        var othersBefore = StoreAudit.TenantDigest(bot.File, Other(w).TenantId);
        var result = await bot.Engine.HandleAsync(message);
        Count("turns");
        var what = text ?? $"press {action!.Verb}";
        // No write crosses: whatever this turn did, the other tenant's rows are exactly as they were.
        Assert.True(othersBefore == StoreAudit.TenantDigest(bot.File, Other(w).TenantId),
            $"{_op}: {w.TenantId}/{user} '{what}' changed {Other(w).TenantId}'s rows");
        var renderer = bot.Services.GetRequiredService<CardRenderer>();
        foreach (var reply in result.Replies.Append(result.UpdateSourceCard).OfType<Reply>())
        {
            switch (reply)
            {
                case TextReply t:
                    Clean(w, what, t.Text);
                    break;
                case CardReply c:
                    Assert.Equal(new ActionAudience(w.TenantId, user), c.Audience);
                    var rendered = renderer.ToText(c);
                    Clean(w, what, c.Summary + "\n" + JsonSerializer.Serialize(c.Data) + "\n" + rendered.Text);
                    if (rendered.Choices.Count > 0) Keep(new ReceivedCard(w, user, c, rendered.Choices));
                    break;
            }
        }
        return result;
    }

    /// <summary>Adds a card to the pool of pressable cards (oldest dropped first, so memory stays flat on long runs).</summary>
    public void Keep(ReceivedCard card)
    {
        _pool.Add(card);
        if (_pool.Count > PoolSize) _pool.RemoveAt(0);
    }

    public IReadOnlyList<ReceivedCard> Pool => _pool;

    public string Op => _op;

    public string BotFile => bot.File;

    public IServiceProvider Services => bot.Services;

    public void Clean(TenantWorld w, string what, string shown)
    {
        var leaked = Other(w).FoundIn(shown).ToList();
        if (leaked.Count == 0) return;
        log($"LEAK {_op}: {w.TenantId} said '{what}' and saw {string.Join(", ", leaked)}:\n{shown}");
        Assert.Fail($"{_op}: tenant {w.TenantId} was shown {Other(w).TenantId}'s data ({string.Join(", ", leaked)}) after '{what}':\n{shown}");
    }

    public void Count(string key) => Counts[key] = Counts.GetValueOrDefault(key) + 1;
}
