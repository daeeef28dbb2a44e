namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// How long we keep a person: <c>months</c> after their last contact (or since we first recorded them), or until the
/// day their consent runs to, whichever is later. The one rule every due list, digest, shortlist and the daily erasure
/// use. Dates are UTC calendar days; a person is kept through their expiry day and gone the day after.
/// </summary>
public static class RetentionRule
{
    public static DateOnly ExpiresOn(DateTime lastContactOrCreatedUtc, DateOnly? consentUntil, int months)
    {
        var byContact = DateOnly.FromDateTime(lastContactOrCreatedUtc).AddMonths(months);
        return consentUntil is { } until && until > byContact ? until : byContact;
    }

    public static bool IsRetained(DateTime lastContactOrCreatedUtc, DateOnly? consentUntil, int months, DateOnly today) =>
        today <= ExpiresOn(lastContactOrCreatedUtc, consentUntil, months);

    /// <summary>
    /// The earliest last-contact day still kept on <paramref name="today"/>, so a query can say "touched on or after
    /// this day" and agree with <see cref="ExpiresOn"/> exactly. AddMonths clamps month ends (31 Mar − 1 month = 28
    /// Feb, but 28 Feb + 1 month = 28 Mar), so start a month back and step to the first day that still reaches today.
    /// </summary>
    public static DateOnly OldestRetainedContact(DateOnly today, int months)
    {
        var day = today.AddMonths(-months);
        while (day.AddMonths(months) < today) day = day.AddDays(1);
        return day;
    }

    /// <summary>The day the owner is asked whether consent was renewed.</summary>
    public static DateOnly RefreshOn(DateOnly expiresOn, int daysBefore) => expiresOn.AddDays(-daysBefore);
}
