namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// Bound from <c>Retention</c>. <see cref="DefaultMonths"/> applies to tenants whose admin has not said
/// "set retention N months".
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";
    public const int MinMonths = 1;
    public const int MaxMonths = 240;

    public int DefaultMonths { get; set; } = 24;

    /// <summary>False turns the daily erasure/consent-refresh loop off (tests, or a web instance that should not plan).</summary>
    public bool RunJob { get; set; } = true;

    /// <summary>How often the job runs; every run is idempotent, so more often than daily is harmless.</summary>
    public int IntervalMinutes { get; set; } = 1440;

    /// <summary>The owning recruiter is asked to renew consent this many days before a person's retention ends.</summary>
    public int RefreshDaysBefore { get; set; } = 30;

    /// <summary>"Consent renewed" keeps a person this many months from the day it is pressed.</summary>
    public int RenewMonths { get; set; } = 24;

    /// <summary>At most this many people are erased per tenant per run, so one run never holds the store for long.</summary>
    public int MaxErasuresPerRun { get; set; } = 500;

    /// <summary>
    /// Delivered (or given-up) proactive messages are deleted this many days after they were queued: their cards name
    /// candidates, and once delivered they are only needed to stop a repeat, which their date-bound keys already do.
    /// </summary>
    public int KeepDeliveredMessagesDays { get; set; } = 30;

    public IEnumerable<string> Validate()
    {
        if (DefaultMonths is < MinMonths or > MaxMonths) yield return $"Retention:DefaultMonths must be between {MinMonths} and {MaxMonths}.";
        if (IntervalMinutes is < 1 or > 1440) yield return "Retention:IntervalMinutes must be between 1 and 1440 (the job must run at least daily).";
        if (RefreshDaysBefore is < 1 or > 180) yield return "Retention:RefreshDaysBefore must be between 1 and 180.";
        if (RenewMonths is < MinMonths or > MaxMonths) yield return $"Retention:RenewMonths must be between {MinMonths} and {MaxMonths}.";
        if (MaxErasuresPerRun is < 1 or > 100000) yield return "Retention:MaxErasuresPerRun must be between 1 and 100000.";
        // Below a week a delivered nudge could go while the planner still looks for today's key (it reads 3 days back).
        if (KeepDeliveredMessagesDays is < 7 or > 3650) yield return "Retention:KeepDeliveredMessagesDays must be between 7 and 3650.";
    }
}
