using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Conversation;
using RecruitBot.Nudges.Digest;
using RecruitBot.Recruiting.Privacy;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Referrals.Rediscovery;
using RecruitBot.Tests.Nudges;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting.Privacy;

/// <summary>
/// Retention with a fake clock: a person past retention leaves due lists, digests and shortlists the day after they
/// expire, then the daily job erases them; someone whose consent runs later stays. Owners are asked to renew first.
/// </summary>
public sealed class RetentionTranscriptTests
{
    private static async Task<BotHarness> TwoRunnersUpAsync(IDictionary<string, string?>? settings = null)
    {
        var bot = await BotHarness.StartAsync("2025-11-18T09:00:00Z", settings);
        foreach (var name in new[] { "Priya Shah", "Tom Lee" })
        {
            (await bot.SayAsync($"{name} was runner-up for Senior Data Engineer, check back in 3 months")).Card("outcome-confirm");
            (await bot.SayAsync("yes")).Card("outcome-logged");
        }
        Assert.Contains("until 1 Jun 2028", (await bot.SayAsync("consent Tom Lee until 2028-06-01")).Text());
        return bot;
    }

    private static async Task<IReadOnlyList<string>> SeenAsync(BotHarness bot, bool digests = true)
    {
        var now = bot.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var due = (await bot.SayAsync("who is due")).Card("due-list").Items("items").Select(i => (string)i["name"]!).ToList();
        var shortlist = (await bot.Services.GetRequiredService<Shortlister>().FindAsync("local", "Senior Data Engineer", [], now)).Select(e => e.Name).ToList();
        var digest = "";
        if (digests)
        {
            await using var db = bot.Db();
            var channel = new TeamChannel { TenantId = "local", ChannelId = "msteams", ConversationId = "19:team", ShowNames = true };
            var card = await bot.Services.GetRequiredService<DigestBuilder>().BuildAsync(db, channel, DateOnly.FromDateTime(now), now, default);
            digest = string.Join("\n", card.Items("lines").Select(l => l.GetValueOrDefault("text") as string));
        }
        return new[] { "Priya Shah", "Tom Lee" }
            .SelectMany(n => new[] { due.Contains(n) ? $"due:{n}" : null, shortlist.Contains(n) ? $"shortlist:{n}" : null, digest.Contains(n) ? $"digest:{n}" : null })
            .OfType<string>().ToList();
    }

    [Fact]
    public Task DailyJob_PastRetention_LeavesListsThenErasedConsentedStays() => PastRetentionFlowAsync(null, digests: true);

    /// <summary>Also run on PostgreSQL (RetentionPostgresTests): the retention filters are SQL.</summary>
    internal static async Task PastRetentionFlowAsync(IDictionary<string, string?>? settings, bool digests)
    {
        await using var bot = await TwoRunnersUpAsync(settings);
        var priya = (await bot.Services.GetRequiredService<RecruitBot.Recruiting.CandidateDirectory>().FindExactAsync("local", "Priya Shah")).Single().Id;

        await bot.RestartAsync("2027-11-18T09:00:00Z"); // the last day Priya is kept (24 months after her outcome)
        Assert.Equal(new[] { "due:Priya Shah", "shortlist:Priya Shah", "digest:Priya Shah", "due:Tom Lee", "shortlist:Tom Lee", "digest:Tom Lee" }
            .Where(s => digests || !s.StartsWith("digest", StringComparison.Ordinal)), await SeenAsync(bot, digests));
        Assert.Equal(0, (await bot.Services.GetRequiredService<RetentionSweep>().RunAsync(DateTimeOffset.Parse("2027-11-18T09:00:00Z"))).Erased);

        await bot.RestartAsync("2027-11-19T09:00:00Z");
        Assert.Equal(new[] { "due:Tom Lee", "shortlist:Tom Lee", "digest:Tom Lee" }.Where(s => digests || !s.StartsWith("digest", StringComparison.Ordinal)), await SeenAsync(bot, digests));

        var report = await bot.Services.GetRequiredService<RetentionSweep>().RunAsync(DateTimeOffset.Parse("2027-11-19T03:00:00Z"));

        Assert.Equal(1, report.Erased);
        await using var db = bot.Db();
        Assert.Equal(["Tom Lee"], await db.Candidates.Select(c => c.DisplayName).ToListAsync());
        Assert.Empty(await db.OutcomeEvents.Where(e => e.CandidateId == priya).ToListAsync());
        var erased = Assert.Single(await db.Set<AuditEntry>().Where(a => a.Action == "erase").ToListAsync());
        Assert.Equal((RetentionSweep.Actor, priya.ToString()), (erased.ActorUserId, erased.Subject));
        Assert.Contains("retention erase candidate " + priya, (await bot.SayAsync("audit log")).Text());
    }

    [Fact]
    public async Task DueList_RetentionShortenedAfterAListWasShown_AppliesToTheNextList()
    {
        await using var bot = await TwoRunnersUpAsync();
        await bot.RestartAsync("2026-11-19T09:00:00Z");
        Assert.Equal(["Priya Shah", "Tom Lee"], await DueNamesAsync(bot)); // the setting is now remembered for listings

        await bot.SayAsync("set retention 12 months");

        Assert.Equal(["Tom Lee"], await DueNamesAsync(bot));
    }

    private static async Task<List<string>> DueNamesAsync(BotHarness bot) =>
        (await bot.SayAsync("who is due")).Card("due-list").Items("items").Select(i => (string)i["name"]!).ToList();

    [Fact]
    public async Task DailyJob_TenantRetentionShortened_ErasesSooner()
    {
        await using var bot = await TwoRunnersUpAsync();
        await bot.SayAsync("set retention 12 months");

        await bot.RestartAsync("2026-11-19T09:00:00Z");
        Assert.Equal(["due:Tom Lee", "shortlist:Tom Lee", "digest:Tom Lee"], await SeenAsync(bot));
        await bot.Services.GetRequiredService<RetentionSweep>().RunAsync(DateTimeOffset.Parse("2026-11-19T09:00:00Z"));

        await using var db = bot.Db();
        Assert.Equal(["Tom Lee"], await db.Candidates.Select(c => c.DisplayName).ToListAsync());
    }

    [Fact]
    public async Task DailyJob_ThirtyDaysBeforeExpiry_OwnerAskedOnceAndRenewExtends()
    {
        await using var bot = await TwoRunnersUpAsync();
        await NudgeSeed.MemberAsync(bot.Services.GetRequiredService<RecruitingDbFactory>(), "local", "hm-1", "msteams", "UTC", new DateTime(2025, 11, 18));
        var sweep = () => bot.Services.GetRequiredService<RetentionSweep>().RunAsync(bot.Services.GetRequiredService<TimeProvider>().GetUtcNow());

        await bot.RestartAsync("2027-10-18T09:00:00Z"); // 31 days before Priya's expiry: not yet
        await sweep();
        Assert.Empty(await bot.OutboxAsync(ConsentCards.RefreshTemplate));

        await bot.RestartAsync("2027-10-19T10:00:00Z");
        await sweep();
        await sweep();

        var (message, card) = Assert.Single(await bot.OutboxAsync(ConsentCards.RefreshTemplate));
        var priya = (await bot.Services.GetRequiredService<RecruitBot.Recruiting.CandidateDirectory>().FindExactAsync("local", "Priya Shah")).Single().Id;
        Assert.Equal(($"consent-refresh:{priya:N}:2027-11-18", "user:hm-1", "msteams"), (message.IdempotencyKey, message.Recipient, message.ChannelId));
        Assert.Equal("Renew Priya Shah's consent?", card.Data["title"]);
        var sent = card with { Audience = new ActionAudience("local", "hm-1") };

        bot.User = "rec-2";
        Assert.Contains("isn't yours", (await bot.PressAsync(sent, ConsentCards.RenewVerb)).Text());
        bot.User = "hm-1";
        var pressed = (await bot.PressAsync(sent, ConsentCards.RenewVerb)).Card(ConsentCards.RefreshTemplate);

        Assert.Equal("Consent renewed until 19 Oct 2029.", pressed.Data["done"]);
        await using (var db = bot.Db())
            Assert.Equal(new DateOnly(2029, 10, 19), (await db.Candidates.SingleAsync(c => c.Id == priya)).ConsentUntil);
        await bot.RestartAsync("2027-11-19T09:00:00Z");
        Assert.Equal(0, (await sweep()).Erased);
    }

    [Fact]
    public async Task DailyJob_LetItLapse_NothingChangesThenErasedAfterExpiry()
    {
        await using var bot = await TwoRunnersUpAsync();
        await NudgeSeed.MemberAsync(bot.Services.GetRequiredService<RecruitingDbFactory>(), "local", "hm-1", "slack", "UTC", new DateTime(2025, 11, 18));
        await bot.RestartAsync("2027-11-01T09:00:00Z");
        await bot.Services.GetRequiredService<RetentionSweep>().RunAsync(DateTimeOffset.Parse("2027-11-01T09:00:00Z"));
        var (_, card) = Assert.Single(await bot.OutboxAsync(ConsentCards.RefreshTemplate));

        var pressed = (await bot.PressAsync(card with { Audience = new ActionAudience("local", "hm-1") }, ConsentCards.LapseVerb)).Card(ConsentCards.RefreshTemplate);

        Assert.StartsWith("Letting it lapse", (string)pressed.Data["done"]!);
        await bot.RestartAsync("2027-11-19T09:00:00Z");
        Assert.Equal(1, (await bot.Services.GetRequiredService<RetentionSweep>().RunAsync(DateTimeOffset.Parse("2027-11-19T09:00:00Z"))).Erased);
    }
}
