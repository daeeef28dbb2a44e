namespace RecruitBot.Nudges;

/// <summary>The card action verbs of nudges; the templates in cards/ use the same strings.</summary>
public static class NudgeVerbs
{
    public const string Contacted = "nudge.contacted";
    public const string SnoozeMenu = "nudge.snooze-menu";
    public const string Snooze = "nudge.snooze";
    public const string SnoozeDate = "nudge.snooze-date";
    public const string DoNotContact = "nudge.dnc";
    public const string DoNotContactSave = "nudge.dnc-save";
    public const string Cancel = "nudge.cancel";
    public const string Draft = "nudge.draft";
    public const string History = "nudge.history";
    public const string Respond = "outreach.respond";
    public const string StaleOutcome = "stale.outcome";
    public const string StaleMore = "stale.more";
    public const string StaleBack = "stale.back";
    public const string TrackConfirm = "stale.track-confirm";
    public const string TrackCancel = "stale.track-cancel";

    public static bool IsOurs(string verb) =>
        verb.StartsWith("nudge.", StringComparison.Ordinal) || verb.StartsWith("outreach.", StringComparison.Ordinal)
        || verb.StartsWith("stale.", StringComparison.Ordinal);
}
