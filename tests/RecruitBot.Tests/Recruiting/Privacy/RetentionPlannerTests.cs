using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Tests.Recruiting.Privacy;

public sealed class RetentionPlannerTests
{
    private static readonly DateTime Now = new(2027, 6, 1, 3, 0, 0, DateTimeKind.Utc);

    private static RetentionFacts Person(string name, DateTime lastContact, DateOnly? consentUntil = null, PoolConsent consent = PoolConsent.Unknown,
        string? owner = "rec-1", bool doNotContact = false) =>
        new(Guid.NewGuid(), name, owner, lastContact, consentUntil, consent, null, CandidateSource.Unknown, doNotContact);

    [Fact]
    public void Plan_PastRetention_Erased()
    {
        var old = Person("Old", new DateTime(2025, 5, 31, 0, 0, 0, DateTimeKind.Utc));
        var kept = Person("Kept", new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc));

        var plan = RetentionPlanner.Plan([old, kept], Now, 24, 30, 100);

        Assert.Equal([old.Id], plan.Erase);
    }

    [Fact]
    public void Plan_ConsentRunsLater_NotErased()
    {
        var consented = Person("Consented", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateOnly(2027, 12, 31), PoolConsent.Given);

        var plan = RetentionPlanner.Plan([consented], Now, 24, 30, 100);

        Assert.Empty(plan.Erase);
        Assert.Empty(plan.Refresh);
    }

    [Fact]
    public void Plan_ExpiresWithinThirtyDays_OwnerAskedOnceWithExpiryDate()
    {
        var soon = Person("Soon", new DateTime(2025, 6, 20, 0, 0, 0, DateTimeKind.Utc));
        var later = Person("Later", new DateTime(2025, 7, 2, 0, 0, 0, DateTimeKind.Utc));

        var plan = RetentionPlanner.Plan([soon, later], Now, 24, 30, 100);

        var (candidate, expires) = Assert.Single(plan.Refresh);
        Assert.Equal((soon.Id, new DateOnly(2027, 6, 20)), (candidate.Id, expires));
        Assert.Empty(plan.Erase);
    }

    [Fact]
    public void Plan_RefusedDoNotContactOrNoOwner_NotAsked()
    {
        var contact = new DateTime(2025, 6, 20, 0, 0, 0, DateTimeKind.Utc);
        var plan = RetentionPlanner.Plan(
            [Person("Refused", contact, consent: PoolConsent.Refused), Person("Dnc", contact, doNotContact: true), Person("Nobody", contact, owner: null)],
            Now, 24, 30, 100);

        Assert.Empty(plan.Refresh);
    }

    [Fact]
    public void Plan_MoreThanTheCap_OldestExpiryFirst()
    {
        var people = Enumerable.Range(1, 5).Select(i => Person($"P{i}", new DateTime(2020, i, 1, 0, 0, 0, DateTimeKind.Utc))).Reverse().ToList();

        var plan = RetentionPlanner.Plan(people, Now, 24, 30, 2);

        Assert.Equal(people.OrderBy(p => p.LastContactOrCreatedUtc).Take(2).Select(p => p.Id), plan.Erase);
    }

    [Fact]
    public void Plan_ShorterTenantRetention_ErasesSooner()
    {
        var p = Person("Eighteen", new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Single(RetentionPlanner.Plan([p], Now, 18, 30, 100).Erase);
        Assert.Empty(RetentionPlanner.Plan([p], Now, 24, 30, 100).Erase);
    }

    [Fact]
    public void RefreshKey_PerCandidateAndExpiry_NoPersonalData()
    {
        var id = Guid.Parse("0b5c2f9e-1111-4222-8333-944455556666");
        Assert.Equal("consent-refresh:0b5c2f9e111142228333944455556666:2027-06-20", RetentionPlanner.RefreshKey(id, new DateOnly(2027, 6, 20)));
    }
}
