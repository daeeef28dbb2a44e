using RecruitBot.Referrals;

namespace RecruitBot.Tests.Referrals;

public sealed class ReferralsOptionsTests
{
    [Fact]
    public void For_TenantOverride_WinsElseGlobal()
    {
        var o = new ReferralsOptions { DefaultRecruiter = "rec-global", RetentionMonths = 24 };
        o.Tenants["t1"] = new ReferralsTenantOptions { DefaultRecruiter = "rec-t1", ThankYouRoll = true };

        Assert.Equal(("rec-t1", 24, true), (o.DefaultRecruiterFor("t1"), o.RetentionMonthsFor("t1"), o.ThankYouRollFor("t1")));
        Assert.Equal(("rec-global", false), (o.DefaultRecruiterFor("t2"), o.ThankYouRollFor("t2")));
    }

    [Fact]
    public void Validate_BadValues_NamesEachSetting()
    {
        var o = new ReferralsOptions { RetentionMonths = 0, ShortlistSize = 500 };
        o.Tenants["t1"] = new ReferralsTenantOptions { RetentionMonths = -1 };

        Assert.Equal(
            ["Referrals:RetentionMonths must be between 1 and 600.", "Referrals:ShortlistSize must be between 1 and 50.",
             "Referrals:Tenants:t1:RetentionMonths must be between 1 and 600."],
            o.Validate());
    }
}
