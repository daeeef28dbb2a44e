using RecruitBot.Recruiting;

namespace RecruitBot.Tests.Recruiting;

public sealed class CadencePolicyTests
{
    private static readonly DateOnly Logged = new(2025, 11, 18);
    private static readonly CadenceOptions Defaults = new();

    private static NextContactPlan Decide(Outcome outcome, ReasonCategory? category = null, bool blocker = false,
        DateOnly? explicitDate = null, bool noFollowUp = false, bool dnc = false) =>
        CadencePolicy.Decide(new CadenceInput(outcome, category, blocker, Logged, explicitDate, explicitDate is null ? null : "in 3 months", noFollowUp, dnc), Defaults);

    [Fact]
    public void Decide_RunnerUp_NinetyDays() => Assert.Equal(new DateOnly(2026, 2, 16), Decide(Outcome.RunnerUp).Date);

    [Theory]
    [InlineData(ReasonCategory.Location)]
    [InlineData(ReasonCategory.Compensation)]
    public void Decide_RelocationOrCompensationBlocker_SixMonths(ReasonCategory category) =>
        Assert.Equal(new DateOnly(2026, 5, 18), Decide(Outcome.RunnerUp, category, blocker: true).Date);

    [Fact]
    public void Decide_DeclinedOffer_SixMonths() => Assert.Equal(new DateOnly(2026, 5, 18), Decide(Outcome.DeclinedOffer).Date);

    [Fact]
    public void Decide_OnHold_ThirtyDays() => Assert.Equal(new DateOnly(2025, 12, 18), Decide(Outcome.OnHold).Date);

    [Fact]
    public void Decide_Withdrew_SixMonths() => Assert.Equal(new DateOnly(2026, 5, 18), Decide(Outcome.Withdrew).Date);

    [Theory]
    [InlineData(ReasonCategory.SkillsGap)]
    [InlineData(ReasonCategory.ExperienceLevel)]
    public void Decide_RejectedForSkillsOrExperience_TwelveMonths(ReasonCategory category) =>
        Assert.Equal(new DateOnly(2026, 11, 18), Decide(Outcome.Rejected, category).Date);

    [Fact]
    public void Decide_RejectedForFit_NoFollowUpByDefault() => Assert.Null(Decide(Outcome.Rejected, ReasonCategory.CultureFit).Date);

    [Fact]
    public void Decide_Hired_None() => Assert.Null(Decide(Outcome.Hired).Date);

    [Fact]
    public void Decide_DoNotContact_NoneEvenWithExplicitDate()
    {
        var plan = Decide(Outcome.RunnerUp, explicitDate: new DateOnly(2026, 1, 1), dnc: true);
        Assert.Null(plan.Date);
        Assert.Equal("do not contact", plan.Why);
    }

    [Fact]
    public void Decide_ExplicitDate_WinsAndSaysWhy()
    {
        var plan = Decide(Outcome.Rejected, ReasonCategory.SkillsGap, explicitDate: new DateOnly(2026, 2, 18));
        Assert.Equal(new DateOnly(2026, 2, 18), plan.Date);
        Assert.Contains("in 3 months", plan.Why);
    }

    [Fact]
    public void Decide_NoFollowUp_None() => Assert.Null(Decide(Outcome.RunnerUp, noFollowUp: true).Date);

    [Fact]
    public void Decide_TenantOverride_UsesTenantValue()
    {
        var options = new CadenceOptions { Tenants = { ["acme"] = new CadenceOptions { RunnerUpDays = 60 } } };
        var plan = CadencePolicy.Decide(new CadenceInput(Outcome.RunnerUp, null, false, Logged), options.For("acme"));
        Assert.Equal(new DateOnly(2026, 1, 17), plan.Date);
    }

    [Fact]
    public void Validate_NegativeDays_NamesTheSetting() =>
        Assert.Contains("Cadence:RunnerUpDays", Assert.Single(new CadenceOptions { RunnerUpDays = -1 }.Validate()));
}
