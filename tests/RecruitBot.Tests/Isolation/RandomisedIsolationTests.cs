using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;
using Xunit.Abstractions;

namespace RecruitBot.Tests.Isolation;

/// <summary>
/// Issue 7's randomised isolation test: two tenants with look-alike data, thousands of mixed turns across every
/// command family and card action, forged presses of real cards; zero reads or writes cross a tenant.
/// RECRUITBOT_ISOLATION_SEED replays a run; RECRUITBOT_ISOLATION_OPS makes it longer (default 2,000).
/// </summary>
public sealed class RandomisedIsolationTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        // Alpha is open (everyone holds every role); beta is closed: u1 is admin and recruiter, the rest earn roles by command.
        ["Access:OpenTenants:0"] = "local",
        ["Access:OpenTenants:1"] = TenantWorld.Alpha.TenantId,
        ["Access:Tenants:" + TenantWorld.Beta.TenantId + ":Admins:0"] = "u1",
        ["Access:Tenants:" + TenantWorld.Beta.TenantId + ":Recruiters:0"] = "u1",
        ["Privacy:ExportDirectory"] = Path.Combine(Path.GetTempPath(), "recruitbot-isolation-exports"),
    };

    [Fact]
    public async Task MixedTurns_TwoLookAlikeTenants_NothingShownOrStoredCrossesATenantAndEveryForgeryIsRefused()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RECRUITBOT_ISOLATION_SEED"), out var s) ? s : Random.Shared.Next();
        var ops = int.TryParse(Environment.GetEnvironmentVariable("RECRUITBOT_ISOLATION_OPS"), out var n) ? n : 2000;
        output.WriteLine($"seed {seed} (replay: RECRUITBOT_ISOLATION_SEED={seed}), {ops} ops");
        await using var bot = await BotHarness.StartAsync(settings: Settings);
        var run = new IsolationRun(bot, seed, output.WriteLine);
        var clock = Stopwatch.StartNew();

        // Halfway, months pass: nudges are planned for both tenants and their cards join the pool of pressable cards.
        await run.RunAsync(ops, () => PlanNudgesAsync(bot, run, "2026-06-15T09:00:00"));

        output.WriteLine($"{run.Counts["turns"]} turns in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (key, count) in run.Counts.OrderBy(kv => kv.Key)) output.WriteLine($"  {key}: {count}");
        foreach (var (kind, count) in run.Forger.Refused) output.WriteLine($"  refused {kind}: {count}");

        var rows = StoreAudit.TenantRows(bot.File);
        foreach (var group in rows.GroupBy(r => r.Tenant)) output.WriteLine($"  rows of {group.Key}: {group.Count()}");
        var foreign = rows.Where(r => r.Tenant != TenantWorld.Alpha.TenantId && r.Tenant != TenantWorld.Beta.TenantId).ToList();
        Assert.True(foreign.Count == 0, $"seed {seed}: rows of no tenant in play: {string.Join("\n", foreign.Take(5))}");
        foreach (var w in IsolationRun.Worlds)
        {
            var mine = rows.Where(r => r.Tenant == w.TenantId).ToList();
            var crossed = mine.Where(r => IsolationRun.Other(w).FoundIn(r.Text).Any()).ToList();
            Assert.True(crossed.Count == 0, $"seed {seed}: {w.TenantId} rows hold the other tenant's data:\n{string.Join("\n", crossed.Take(5))}");
            // The check is not vacuous: each tenant stored plenty of its own marked data.
            Assert.True(mine.Count(r => w.FoundIn(r.Text).Any()) >= ops / 100, $"seed {seed}: {w.TenantId} stored too little marked data");
            Assert.True(mine.Count(r => r.Table == "Candidates") > 0, $"seed {seed}: {w.TenantId} has no candidates");
        }
        Assert.All(run.Forger.Refused, kv => Assert.True(kv.Value > 0, $"seed {seed}: no {kv.Key} forgery was tried"));
        Assert.True(run.Counts.Keys.Count(k => k.StartsWith("press:", StringComparison.Ordinal)) >= 8, $"seed {seed}: too few kinds of card pressed");
    }

    [Fact]
    public async Task RealCard_PressedAfterItsTtl_RefusedAsExpiredAndAcrossTenantsAsNotYours()
    {
        var settings = new Dictionary<string, string?>(Settings) { ["Security:ActionTtl"] = "00:00:01" };
        await using var bot = await BotHarness.StartAsync(settings: settings);
        var run = new IsolationRun(bot, 1, output.WriteLine);
        var alpha = TenantWorld.Alpha;
        var card = (await run.TurnAsync(alpha, "u1", $"Priya Shah was runner-up for {alpha.Roles[0]}, {alpha.Email("Priya Shah")}", null)).Card("outcome-confirm");
        var confirm = run.Pool.Single(c => c.Card == card).Choices.First(c => c.Verb == "outcome.confirm");
        var before = StoreAudit.Digest(bot.File);

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        var expired = await run.TurnAsync(alpha, "u1", null, new CardActionInvocation(confirm.Verb, confirm.Data, new Dictionary<string, string>()));
        var crossed = await run.TurnAsync(TenantWorld.Beta, "u1", null, new CardActionInvocation(confirm.Verb, confirm.Data, new Dictionary<string, string>()));

        Assert.StartsWith("That card has expired", expired.Text());
        Assert.StartsWith("This card isn't yours", crossed.Text());
        Assert.Equal(before, StoreAudit.Digest(bot.File));
        Assert.Equal(0, StoreSnapshot.Count(bot.File, "Candidates"));
    }

    /// <summary>
    /// Plans nudges as the scheduler would, checks every outbox card stays in its tenant, then presses each button of
    /// every nudge card once as its recipient and once forged.
    /// </summary>
    private static async Task PlanNudgesAsync(BotHarness bot, IsolationRun run, string later)
    {
        await bot.RestartAsync(later);
        var now = bot.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await bot.Services.GetRequiredService<NudgePlanner>().PlanAsync(now);
        var planned = new List<ReceivedCard>();
        foreach (var w in IsolationRun.Worlds)
        {
            bot.Tenant = w.TenantId;
            await using var db = bot.Db();
            foreach (var row in await db.Outbox.AsNoTracking().ToListAsync())
            {
                var card = CardPayload.Deserialize(row.Payload);
                run.Count("outbox:" + row.Kind);
                run.Clean(w, $"outbox {row.Kind}", card.Summary + "\n" + System.Text.Json.JsonSerializer.Serialize(card.Data));
                Assert.True(card.Audience is null || card.Audience.TenantId == w.TenantId, $"{w.TenantId} outbox card for {card.Audience}");
                // As the dispatcher does: a card sent to a user is theirs; shared-channel cards are left out here.
                if (!row.Recipient.StartsWith("user:", StringComparison.Ordinal)) continue;
                var user = row.Recipient["user:".Length..];
                card = card with { Audience = card.Audience ?? new ActionAudience(w.TenantId, user) };
                var choices = bot.Services.GetRequiredService<RecruitBot.Cards.CardRenderer>().ToText(card).Choices;
                if (choices.Count > 0) planned.Add(new ReceivedCard(w, user, card, choices));
            }
        }
        foreach (var card in planned)
        {
            run.Keep(card);
            await run.Forger.PressForgedAsync(run, card, run.Rng);
            foreach (var choice in card.Choices.DistinctBy(c => c.Verb)) await run.PressAsync(card, choice);
        }
    }
}
