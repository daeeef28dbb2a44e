using RecruitBot.Referrals;

namespace RecruitBot.Tests.Referrals;

public sealed class ReferralsOptionsTests
{
    [Fact]
    public void For_TenantOverride_WinsElseGlobal()
    {
        var o = new ReferralsOptions { DefaultRecruiter = "rec-global" };
        o.Tenants["t1"] = new ReferralsTenantOptions { DefaultRecruiter = "rec-t1", ThankYouRoll = true };

        Assert.Equal(("rec-t1", true), (o.DefaultRecruiterFor("t1"), o.ThankYouRollFor("t1")));
        Assert.Equal(("rec-global", false), (o.DefaultRecruiterFor("t2"), o.ThankYouRollFor("t2")));
    }

    [Fact]
    public void Validate_BadValues_NamesEachSetting()
    {
        var o = new ReferralsOptions { ShortlistSize = 500, SyncInterval = TimeSpan.FromSeconds(1) };

        Assert.Equal(
            ["Referrals:ShortlistSize must be between 1 and 50.", "Referrals:SyncInterval must be at least 10 seconds."],
            o.Validate());
    }
}
