using RecruitBot.Nudges;

namespace RecruitBot.Tests.Nudges;

public sealed class NudgeRulesTests
{
    private static readonly DateTime Now = new(2027, 11, 19, 9, 0, 0, DateTimeKind.Utc);

    private static DueCandidate Person(DateTime lastTouch, DateOnly? consentUntil = null) =>
        new(Guid.NewGuid(), "Priya Shah", "rec-1", null, null, null, [], lastTouch, null, lastTouch.AddDays(-1),
            new DateOnly(2026, 2, 18), null, false, consentUntil);

    [Fact]
    public void WithinRetention_DayAfterExpiry_Excluded()
    {
        Assert.False(NudgeRules.WithinRetention(Person(new DateTime(2025, 11, 18, 9, 0, 0, DateTimeKind.Utc)), Now, 24));
        Assert.True(NudgeRules.WithinRetention(Person(new DateTime(2025, 11, 19, 9, 0, 0, DateTimeKind.Utc)), Now, 24));
    }

    [Fact]
    public void WithinRetention_ConsentRunsLater_Kept()
    {
        Assert.True(NudgeRules.WithinRetention(Person(new DateTime(2025, 11, 18, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2028, 6, 1)), Now, 24));
    }

    [Fact]
    public void IsDue_PastRetention_NotDue()
    {
        Assert.False(NudgeRules.IsDue(Person(new DateTime(2025, 11, 18, 9, 0, 0, DateTimeKind.Utc)), new DateOnly(2027, 11, 19), Now, 24));
    }
}
