using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Tests.Recruiting.Privacy;

public sealed class RetentionRuleTests
{
    private static readonly DateTime Contact = new(2025, 3, 10, 15, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void ExpiresOn_NoConsent_MonthsAfterLastContact()
    {
        Assert.Equal(new DateOnly(2027, 3, 10), RetentionRule.ExpiresOn(Contact, null, 24));
    }

    [Fact]
    public void ExpiresOn_ConsentRunsLater_ConsentExtends()
    {
        Assert.Equal(new DateOnly(2028, 1, 1), RetentionRule.ExpiresOn(Contact, new DateOnly(2028, 1, 1), 24));
    }

    [Fact]
    public void ExpiresOn_ConsentEndsEarlier_DoesNotShorten()
    {
        Assert.Equal(new DateOnly(2027, 3, 10), RetentionRule.ExpiresOn(Contact, new DateOnly(2026, 1, 1), 24));
    }

    [Fact]
    public void IsRetained_ExpiryDay_KeptThenGoneTheDayAfter()
    {
        Assert.True(RetentionRule.IsRetained(Contact, null, 24, new DateOnly(2027, 3, 10)));
        Assert.False(RetentionRule.IsRetained(Contact, null, 24, new DateOnly(2027, 3, 11)));
    }

    [Fact]
    public void OldestRetainedContact_MonthEnd_AgreesWithExpiresOn()
    {
        // 31 Mar minus a month clamps to 28 Feb, but 28 Feb plus a month is 28 Mar: the oldest kept day is 1 Mar.
        Assert.Equal(new DateOnly(2026, 3, 1), RetentionRule.OldestRetainedContact(new DateOnly(2026, 3, 31), 1));
    }

    [Fact]
    public void OldestRetainedContact_SeededRandomDays_SameAnswerAsTheRule()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 20000; i++)
        {
            var today = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 3650));
            var months = random.Next(1, 61);
            var contact = today.AddDays(-random.Next(0, 2000));
            var oldest = RetentionRule.OldestRetainedContact(today, months);
            Assert.Equal(RetentionRule.IsRetained(contact.ToDateTime(new TimeOnly(random.Next(0, 24), 0)), null, months, today), contact >= oldest);
        }
    }

    [Fact]
    public void RetentionWindow_In_MovesTodayKeepsMonths()
    {
        var w = RetentionWindow.At(new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc), 18).In(30);
        Assert.Equal((new DateOnly(2026, 1, 31), 18), (w.Today, w.Months));
    }
}
