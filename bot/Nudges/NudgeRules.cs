using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Nudges;

/// <summary>Who may be nudged about on a given local day. Pure; every exclusion has its own test.</summary>
public static class NudgeRules
{
    public static bool IsDue(DueCandidate c, DateOnly localToday, DateTime nowUtc, int retentionMonths) =>
        c.NextContactOn is { } on && on <= localToday
        && !c.DoNotContact
        && c.LastOutcome != Outcome.Hired
        && WithinRetention(c, nowUtc, retentionMonths);

    /// <summary>Past the retention limit (<see cref="RetentionRule"/>) we never reach out again, whatever date is stored.</summary>
    public static bool WithinRetention(DueCandidate c, DateTime nowUtc, int retentionMonths) =>
        RetentionRule.IsRetained(c.LastTouchUtc, c.ConsentUntil, retentionMonths, DateOnly.FromDateTime(nowUtc));

    /// <summary>An in-process record asks again every stale period until an outcome resolves it.</summary>
    public static bool StalePromptDue(InProcessRecord r, DateOnly localToday, int staleDays) =>
        r.StartedOn.AddDays(staleDays) <= localToday
        && (r.LastPromptedOn is not { } last || last.AddDays(staleDays) <= localToday);
}
