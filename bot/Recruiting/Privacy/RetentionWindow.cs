namespace RecruitBot.Recruiting.Privacy;

/// <summary>One tenant's retention on one day: <see cref="RetentionRule"/> with its month count and "today" fixed.</summary>
public sealed record RetentionWindow(DateOnly Today, int Months)
{
    public static RetentionWindow At(DateTime nowUtc, int months) => new(DateOnly.FromDateTime(nowUtc), months);

    /// <summary>Anyone whose last contact (or creation) is at or after this instant is kept today.</summary>
    public DateTime OldestContactUtc => RetentionRule.OldestRetainedContact(Today, Months).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public bool Retains(DateTime lastContactOrCreatedUtc, DateOnly? consentUntil) =>
        RetentionRule.IsRetained(lastContactOrCreatedUtc, consentUntil, Months, Today);

    public DateOnly ExpiresOn(DateTime lastContactOrCreatedUtc, DateOnly? consentUntil) =>
        RetentionRule.ExpiresOn(lastContactOrCreatedUtc, consentUntil, Months);

    /// <summary>The same months, some days later: who will still be kept then.</summary>
    public RetentionWindow In(int days) => this with { Today = Today.AddDays(days) };
}
