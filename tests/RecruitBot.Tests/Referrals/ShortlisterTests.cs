using RecruitBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Referrals;
using RecruitBot.Referrals.Rediscovery;

namespace RecruitBot.Tests.Referrals;

public sealed class ShortlisterTests
{
    private static readonly DateTime Now = new(2025, 11, 18, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Find_MixedPool_RanksAndExcludes()
    {
        await using var h = await BotHarness.StartAsync();
        await using (var db = h.Db())
        {
            var de = Role(db, "Data Engineer");
            var sde = Role(db, "Senior Data Engineer");
            var designer = Role(db, "Product Designer");
            Add(db, "Old Runner", (de, Outcome.RunnerUp, Now.AddMonths(-30), null));
            Add(db, "Withdrew Nicely", (de, Outcome.Withdrew, Now.AddDays(-10), ReasonCategory.Timing));
            Add(db, "Withdrew Badly", (de, Outcome.Withdrew, Now.AddDays(-9), ReasonCategory.CultureFit));
            Add(db, "Declined Offer", (sde, Outcome.DeclinedOffer, Now.AddDays(-20), ReasonCategory.Compensation));
            Add(db, "Recent Runner", (sde, Outcome.RunnerUp, Now.AddDays(-5), null));
            Add(db, "Older Runner", (de, Outcome.RunnerUp, Now.AddDays(-50), null));
            Add(db, "Later Hired", (de, Outcome.RunnerUp, Now.AddDays(-60), null), (sde, Outcome.Hired, Now.AddDays(-30), null));
            Add(db, "Rejected", (de, Outcome.Rejected, Now.AddDays(-3), ReasonCategory.SkillsGap));
            Add(db, "Designer", (designer, Outcome.RunnerUp, Now.AddDays(-2), null));
            var dnc = Add(db, "Do Not Contact", (de, Outcome.RunnerUp, Now.AddDays(-1), null));
            dnc.DoNotContact = true;
            var referred = Add(db, "Referred Runner", (de, Outcome.RunnerUp, Now.AddDays(-70), null));
            db.Set<Referral>().Add(new Referral
            {
                TenantId = "local", CandidateId = referred.Id, ReferrerName = "Jo", RecordedByUserId = "emp-7", Relationship = "friend",
                Why = "good", Consent = ReferralConsent.NotYet, CreatedAtUtc = Now, StatusChangedAtUtc = Now,
            });
            await db.SaveChangesAsync();
        }

        var list = await h.Services.GetRequiredService<Shortlister>().FindAsync("local", "Data Engineer II", [], Now);

        Assert.Equal(["Recent Runner", "Older Runner", "Referred Runner", "Declined Offer", "Withdrew Nicely"], list.Select(e => e.Name));
        var referredEntry = list.Single(e => e.Name == "Referred Runner");
        Assert.Equal((ReferralConsent.NotYet, false), (referredEntry.Consent, referredEntry.CanReachOut));
    }

    [Fact]
    public async Task Find_MoreThanCap_StopsAtShortlistSize()
    {
        await using var h = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Referrals:ShortlistSize"] = "3" });
        await using (var db = h.Db())
        {
            var de = Role(db, "Data Engineer");
            for (var i = 0; i < 8; i++) Add(db, $"Runner {i}", (de, Outcome.RunnerUp, Now.AddDays(-i - 1), null));
            await db.SaveChangesAsync();
        }

        var list = await h.Services.GetRequiredService<Shortlister>().FindAsync("local", "data engineer", [], Now);

        Assert.Equal(["Runner 0", "Runner 1", "Runner 2"], list.Select(e => e.Name));
    }

    private static Role Role(RecruitingDb db, string title)
    {
        var r = new Role { TenantId = "local", Title = title, NormalizedTitle = NameNormalizer.Title(title), CreatedAtUtc = Now };
        db.Roles.Add(r);
        return r;
    }

    private static Candidate Add(RecruitingDb db, string name, params (Role Role, Outcome Outcome, DateTime At, ReasonCategory? Category)[] events)
    {
        var c = new Candidate { TenantId = "local", DisplayName = name, NormalizedName = NameNormalizer.Name(name), CreatedAtUtc = Now.AddYears(-3) };
        db.Candidates.Add(c);
        foreach (var e in events)
        {
            db.OutcomeEvents.Add(new OutcomeEvent
            {
                TenantId = "local", CandidateId = c.Id, RoleId = e.Role.Id, Outcome = e.Outcome, ReasonCategory = e.Category,
                NextContactWhy = "", LoggedByUserId = "rec-1", LoggedAtUtc = e.At,
            });
        }
        return c;
    }
}
