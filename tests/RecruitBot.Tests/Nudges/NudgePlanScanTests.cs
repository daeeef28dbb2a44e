using Microsoft.EntityFrameworkCore;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Nudges;

/// <summary>
/// The planner reads a chunk of tenants at once to find those with something to plan. It must plan exactly what
/// planning every tenant one by one plans, and its steady tick must not grow with the number of tenants.
/// </summary>
public sealed partial class NudgePlanScanTests
{
    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")]
    private static partial System.Text.RegularExpressions.Regex Ids();

    private static readonly DateOnly Tue = new(2025, 11, 18);
    private static DateTimeOffset Utc(string s) => DateTimeOffset.Parse(s + "Z", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string[] Zones = ["Europe/London", "America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati"];
    private static readonly DateTimeOffset[] Ticks =
        [Utc("2025-11-17T19:30:00"), Utc("2025-11-18T08:30:00"), Utc("2025-11-18T16:30:00"), Utc("2025-11-19T08:30:00")];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task PlanAsync_SeededTenants_SameCardsAsPlanningEveryTenantInTurn(int seed)
    {
        await using var chunked = await NudgeHarness.StartAsync();
        await using var oneByOne = await NudgeHarness.StartAsync();
        var tenants = await SeedAsync(new Random(seed), chunked);
        await SeedAsync(new Random(seed), oneByOne);

        foreach (var now in Ticks)
        {
            await chunked.Get<NudgePlanner>().PlanAsync(now);
            foreach (var t in tenants) await oneByOne.Get<NudgePlanner>().PlanTenantAsync(t, now);
            var expected = await KeysAsync(oneByOne, tenants);
            var actual = await KeysAsync(chunked, tenants);
            Assert.Equal(expected.Except(actual), actual.Except(expected));
            Assert.Equal(expected, actual);
        }
        Assert.NotEmpty(await KeysAsync(chunked, tenants));
    }

    [Fact]
    public async Task PlanAsync_SteadyTick_CommandsDoNotGrowWithTenants()
    {
        await using var h = await NudgeHarness.StartAsync();
        var planner = h.Get<NudgePlanner>();
        var now = Utc("2025-11-18T08:30:00");
        using var counter = await SqlCommandCounter.StartAsync(h.File);

        async Task<int> SteadyTickAsync()
        {
            await planner.PlanAsync(now);
            counter.Reset();
            var report = await planner.PlanAsync(now);
            Assert.Equal(0, report.Nudges);
            return counter.Commands.Count;
        }

        await AddTenantsAsync(h, 0, 3);
        var three = await SteadyTickAsync();
        await AddTenantsAsync(h, 3, 30);
        var thirty = await SteadyTickAsync();

        Assert.InRange(three, 1, 8); // the counter sees the scan, and the scan is a handful of commands
        Assert.Equal(three, thirty);
    }

    private static async Task AddTenantsAsync(BotHarness h, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            await NudgeSeed.MemberAsync(h.Dbs, $"t{i}", "rec-1", "msteams", "Europe/London", new DateTime(2025, 11, 1));
            await NudgeSeed.CandidateAsync(h.Dbs, $"t{i}", "rec-1", "Dana Fox", Tue);
        }
    }

    /// <summary>Tenants with recruiters in several zones, some due, some not yet, some owned by nobody reachable, some stale.</summary>
    private static async Task<List<string>> SeedAsync(Random random, BotHarness h)
    {
        var tenants = new List<string>();
        for (var t = 0; t < 12; t++)
        {
            var tenant = $"s{t}";
            tenants.Add(tenant);
            var users = Enumerable.Range(0, random.Next(0, 3)).Select(u => $"u{u}").ToList();
            foreach (var u in users)
                await NudgeSeed.MemberAsync(h.Dbs, tenant, u, random.Next(2) == 0 ? "msteams" : "slack", Zones[random.Next(Zones.Length)], new DateTime(2025, 11, 1));
            var owners = users.Append("gone").ToList();
            for (var c = random.Next(0, 4); c > 0; c--)
            {
                var owner = owners[random.Next(owners.Count)];
                var id = await NudgeSeed.CandidateAsync(h.Dbs, tenant, owner, $"Person {t}-{c}", Tue.AddDays(random.Next(-3, 3)), doNotContact: random.Next(6) == 0);
                if (random.Next(3) == 0) await NudgeSeed.InProcessAsync(h.Dbs, tenant, owner, id, Tue.AddDays(-random.Next(3, 12)));
            }
        }
        return tenants;
    }

    private static async Task<List<string>> KeysAsync(BotHarness h, List<string> tenants)
    {
        var keys = new List<string>();
        foreach (var t in tenants)
        {
            await using var db = h.Dbs.For(t);
            // Ids differ between the two stores (each seeded its own rows); what the card says and when it goes must not.
            keys.AddRange((await db.Outbox.AsNoTracking().Select(o => o.IdempotencyKey + " " + o.NextAttemptAtUtc + " " + o.Payload).ToListAsync())
                .Select(k => t + " " + Ids().Replace(k, "id")));
        }
        return keys.Order(StringComparer.Ordinal).ToList();
    }
}
