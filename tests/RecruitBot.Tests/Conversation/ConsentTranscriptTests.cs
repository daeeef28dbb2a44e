using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Privacy;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Conversation;

/// <summary>Source, consent and retention commands as conversations, allowed and refused.</summary>
public sealed class ConsentTranscriptTests
{
    private static async Task<BotHarness> AcmeAsync()
    {
        var bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Access:Tenants:acme:Admins:0"] = "admin-1" });
        bot.Tenant = "acme";
        foreach (var user in new[] { "admin-1", "rec-1", "col-1" })
        {
            bot.User = user;
            await bot.SayAsync("my role");
        }
        bot.User = "admin-1";
        Assert.Contains("Done", (await bot.SayAsync("make rec-1 a recruiter")).Text());
        return bot;
    }

    private static async Task<RecruitBot.Recruiting.Candidate> CandidateAsync(BotHarness bot, string name = "Priya Shah")
    {
        await using var db = bot.Db();
        return await db.Candidates.AsNoTracking().SingleAsync(c => c.DisplayName == name);
    }

    private static async Task LogPriyaAsync(BotHarness bot)
    {
        (await bot.SayAsync("Priya Shah was runner-up for QA Lead, check back in 3 months")).Card("outcome-confirm");
        (await bot.SayAsync("yes")).Card("outcome-logged");
    }

    [Fact]
    public async Task HandleAsync_AdminSetsRetention_StoredAndShown()
    {
        await using var bot = await AcmeAsync();

        Assert.Contains("18 months", (await bot.SayAsync("set retention 18 months")).Text());

        Assert.Equal(18, await bot.Services.GetRequiredService<TenantRetention>().MonthsAsync("acme"));
        Assert.Contains("kept 18 months", (await bot.SayAsync("retention")).Text());
    }

    [Fact]
    public async Task HandleAsync_RecruiterSetsRetention_RefusedAndUnchanged()
    {
        await using var bot = await AcmeAsync();
        bot.User = "rec-1";

        Assert.Contains("Only admins", (await bot.SayAsync("set retention 6 months")).Text());

        Assert.Equal(24, await bot.Services.GetRequiredService<TenantRetention>().MonthsAsync("acme"));
    }

    [Fact]
    public async Task HandleAsync_RetentionOutOfRange_RefusedAndUnchanged()
    {
        await using var bot = await BotHarness.StartAsync();

        Assert.Contains("between 1 and 240", (await bot.SayAsync("set retention 500 months")).Text());

        Assert.Equal(24, await bot.Services.GetRequiredService<TenantRetention>().MonthsAsync("local"));
    }

    [Fact]
    public async Task HandleAsync_ConsentUntilAndApplied_StoredShownOnProfileAndExported()
    {
        await using var bot = await BotHarness.StartAsync();
        await LogPriyaAsync(bot);

        Assert.Contains("until 1 Jun 2027", (await bot.SayAsync("consent Priya Shah until 2027-06-01")).Text());
        Assert.Contains("Priya Shah applied", (await bot.SayAsync("Priya Shah applied")).Text());

        var priya = await CandidateAsync(bot);
        Assert.Equal((CandidateSource.Applied, PoolConsent.Given, new DateOnly(2027, 6, 1), new DateTime(2025, 11, 18, 9, 0, 0)),
            (priya.Source, priya.PoolConsent, priya.ConsentUntil, priya.ConsentAtUtc));
        var facts = (await bot.SayAsync("show Priya Shah")).Card("timeline").Items("facts").ToDictionary(f => (string)f["title"]!, f => (string)f["value"]!);
        Assert.Equal("applied", facts["Source"]);
        Assert.Equal("given on 18 Nov 2025, until 1 Jun 2027", facts["Pool consent"]);
        var json = System.Text.Encoding.UTF8.GetString((await bot.SayAsync("export Priya Shah")).File().Content);
        Assert.Contains("\"source\": \"applied\"", json);
        Assert.Contains("\"until\": \"2027-06-01\"", json);
        Assert.Contains("\"keptUntil\": \"2027-11-18\"", json);
    }

    [Fact]
    public async Task HandleAsync_AgreedToStayWithoutDate_DefaultTermFromToday()
    {
        await using var bot = await BotHarness.StartAsync();
        await LogPriyaAsync(bot);

        await bot.SayAsync("Priya Shah agreed to stay in the pool");

        Assert.Equal(new DateOnly(2027, 11, 18), (await CandidateAsync(bot)).ConsentUntil);
    }

    [Fact]
    public async Task HandleAsync_DeclinedPool_RefusedAndConsentDateCleared()
    {
        await using var bot = await BotHarness.StartAsync();
        await LogPriyaAsync(bot);
        await bot.SayAsync("consent Priya Shah for 3 years");

        Assert.Contains("declined", (await bot.SayAsync("Priya Shah declined to stay in the pool")).Text());

        var priya = await CandidateAsync(bot);
        Assert.Equal((PoolConsent.Refused, (DateOnly?)null), (priya.PoolConsent, priya.ConsentUntil));
    }

    [Fact]
    public async Task HandleAsync_ConsentInThePast_RefusedAndUnchanged()
    {
        await using var bot = await BotHarness.StartAsync();
        await LogPriyaAsync(bot);

        Assert.Contains("future", (await bot.SayAsync("consent Priya Shah until 2024-01-01")).Text());

        Assert.Equal(PoolConsent.Unknown, (await CandidateAsync(bot)).PoolConsent);
    }

    [Fact]
    public async Task HandleAsync_SourcedNewPerson_AddedWithSourceAndOwner()
    {
        await using var bot = await BotHarness.StartAsync();

        Assert.Contains("Added Dana Fox (sourced)", (await bot.SayAsync("sourced Dana Fox")).Text());

        var dana = await CandidateAsync(bot, "Dana Fox");
        Assert.Equal((CandidateSource.Sourced, "hm-1"), (dana.Source, dana.OwnerUserId));
    }

    [Fact]
    public async Task HandleAsync_ColleagueRecordsConsent_RefusedAndUnchanged()
    {
        await using var bot = await AcmeAsync();
        bot.User = "rec-1";
        await LogPriyaAsync(bot);
        bot.User = "col-1";

        Assert.Contains("Only recruiters and admins", (await bot.SayAsync("consent Priya Shah until 2027-06-01")).Text());
        Assert.Contains("Only recruiters and admins", (await bot.SayAsync("Priya Shah applied")).Text());

        var priya = await CandidateAsync(bot);
        Assert.Equal((CandidateSource.Unknown, PoolConsent.Unknown), (priya.Source, priya.PoolConsent));
    }

    [Fact]
    public async Task HandleAsync_ReferralCreatesCandidate_SourceReferred()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync("refer Priya Shah for Backend Engineer, priya.shah@example.com, we worked together at Contoso, because she is great at testing");
        var consent = await bot.SayAsync("not yet");
        if (consent.Replies.OfType<CardReply>().FirstOrDefault(c => c.Template == "referral-confirm") is { } referral)
            await bot.PressAsync(referral, "referral.confirm");

        Assert.Equal(CandidateSource.Referred, (await CandidateAsync(bot)).Source);
    }
}
