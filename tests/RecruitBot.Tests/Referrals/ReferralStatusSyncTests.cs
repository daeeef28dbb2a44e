using RecruitBot.Referrals;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Referrals;

/// <summary>
/// The per-turn referral sync runs only after something may have changed a candidate's history in this process, so a
/// quiet turn costs no referral query while a change still reaches the referrer on the next turn.
/// </summary>
public sealed class ReferralStatusSyncTests
{
    private static async Task<BotHarness> StartWithReferralAsync()
    {
        var h = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Referrals:DefaultRecruiter"] = "rec-1" });
        As(h, "emp-7", "Jo Park");
        var confirm = (await h.SayAsync("refer Alex Kim for the Backend Engineer opening, alex.kim@example.com, we worked together at Contoso, because she's great at Go. She agreed.")).Card("referral-confirm");
        await h.PressAsync(confirm, ReferralVerbs.Confirm);
        // A week on (news must be newer than the referral), in a fresh process whose first turn syncs once.
        await h.RestartAsync("2025-11-25T10:00:00");
        As(h, "rec-1", "Robin Recruiter");
        await h.SayAsync("who is due");
        return h;
    }

    private static void As(BotHarness h, string user, string name) => (h.User, h.UserName) = (user, name);

    [Fact]
    public async Task SyncTenantIfChangedAsync_NothingChangedSinceLastTurn_IssuesNoReferralQuery()
    {
        await using var h = await StartWithReferralAsync();

        using var counter = await SqlCommandCounter.StartAsync(h.File);
        await h.SayAsync("who is due");

        Assert.NotEmpty(counter.Commands); // the counter saw the turn's own reads
        Assert.DoesNotContain(counter.Commands, c => c.Contains("\"Referrals\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SyncTenantIfChangedAsync_OutcomeLoggedThenQuietTurns_ReferrerToldOnceOnNextTurn()
    {
        await using var h = await StartWithReferralAsync();
        await h.SayAsync("Interviewed Alex Kim for Backend Engineer, we went with someone else");
        await h.SayAsync("yes");

        using var counter = await SqlCommandCounter.StartAsync(h.File);
        await h.SayAsync("who is due");
        Assert.Contains(counter.Commands, c => c.Contains("\"Referrals\"", StringComparison.Ordinal));
        counter.Reset();
        await h.SayAsync("who is due");

        Assert.DoesNotContain(counter.Commands, c => c.Contains("\"Referrals\"", StringComparison.Ordinal));
        var update = Assert.Single(await h.OutboxAsync(ReferralStatusSync.Kind));
        Assert.StartsWith("We won't be moving forward with Alex Kim", (string)update.Card.Data["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncTenantIfChangedAsync_ContactNotedByNudgeCommand_ReferrerToldOnNextTurn()
    {
        await using var h = await StartWithReferralAsync();
        Assert.Contains("Contacted", (await h.SayAsync("contacted Alex Kim: interested")).Text());

        await h.SayAsync("who is due");

        var update = Assert.Single(await h.OutboxAsync(ReferralStatusSync.Kind));
        Assert.Contains("Alex Kim", (string)update.Card.Data["text"]!, StringComparison.Ordinal);
    }
}
