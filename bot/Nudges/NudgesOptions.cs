using System.Globalization;

namespace RecruitBot.Nudges;

/// <summary>
/// When and how recruiters are nudged, bound from <c>Nudges</c>. Times are local to the recipient ("HH:mm").
/// <see cref="Holidays"/> maps a tenant id (or "*" for every tenant) to "yyyy-MM-dd" dates on which nothing is sent.
/// </summary>
public sealed class NudgesOptions
{
    public const string Section = "Nudges";

    /// <summary>False turns the hosted scheduler off (tests, or a web instance that should not plan).</summary>
    public bool RunScheduler { get; set; } = true;
    public int IntervalSeconds { get; set; } = 300;

    /// <summary>How far ahead of its send time a card may be planned; the dispatcher holds it until then.</summary>
    public int PlanAheadMinutes { get; set; } = 60;

    public string SendAt { get; set; } = "09:00";
    public string QuietHoursStart { get; set; } = "20:00";
    public string QuietHoursEnd { get; set; } = "08:00";
    public string WorkingDays { get; set; } = "Mon,Tue,Wed,Thu,Fri";
    public Dictionary<string, List<string>> Holidays { get; set; } = new(StringComparer.Ordinal);

    /// <summary>An in-process candidate with no outcome after this many days prompts the hiring manager (and again every as many days).</summary>
    public int StaleAfterDays { get; set; } = 7;

    /// <summary>Candidates listed on one card; the rest are counted ("and 4 more").</summary>
    public int MaxCandidatesPerCard { get; set; } = 8;

    public OutreachCadenceOptions Outreach { get; set; } = new();

    public TimeOnly SendTime => Time(SendAt);
    public QuietHours Quiet => new(Time(QuietHoursStart), Time(QuietHoursEnd));

    public IReadOnlySet<DayOfWeek> WorkDays => WorkingDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => Day(d) ?? throw new FormatException($"Unknown day '{d}'")).ToHashSet();

    public IReadOnlySet<DateOnly> HolidaysFor(string tenantId) =>
        (Holidays.GetValueOrDefault("*") ?? []).Concat(Holidays.GetValueOrDefault(tenantId) ?? [])
            .Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();

    public IEnumerable<string> Validate()
    {
        if (IntervalSeconds is < 5 or > 3600) yield return "Nudges:IntervalSeconds must be between 5 and 3600.";
        if (PlanAheadMinutes is < 0 or > 720) yield return "Nudges:PlanAheadMinutes must be between 0 and 720.";
        foreach (var (name, value) in new[] { ("SendAt", SendAt), ("QuietHoursStart", QuietHoursStart), ("QuietHoursEnd", QuietHoursEnd) })
            if (!TryTime(value, out _)) yield return $"Nudges:{name} must be a time like 09:00, not '{value}'.";
        if (TryTime(SendAt, out var at) && TryTime(QuietHoursStart, out var s) && TryTime(QuietHoursEnd, out var e) && new QuietHours(s, e).Contains(at))
            yield return $"Nudges:SendAt {SendAt} is inside the quiet hours {QuietHoursStart}–{QuietHoursEnd}.";
        var days = WorkingDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (days.Length == 0 || days.Any(d => Day(d) is null)) yield return $"Nudges:WorkingDays must list days like Mon,Tue,Wed,Thu,Fri, not '{WorkingDays}'.";
        foreach (var (tenant, dates) in Holidays)
            foreach (var d in dates.Where(d => !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
                yield return $"Nudges:Holidays:{tenant} has '{d}'; dates must be yyyy-MM-dd.";
        if (StaleAfterDays is < 1 or > 365) yield return "Nudges:StaleAfterDays must be between 1 and 365.";
        if (MaxCandidatesPerCard is < 1 or > 10) yield return "Nudges:MaxCandidatesPerCard must be between 1 and 10 (Slack allows 50 blocks per message).";
        foreach (var error in Outreach.Validate()) yield return error;
    }

    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static TimeOnly Time(string text) => TryTime(text, out var t) ? t : throw new FormatException($"'{text}' is not a time like 09:00.");

    public static DayOfWeek? Day(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length < 3) return null;
        foreach (var d in Enum.GetValues<DayOfWeek>())
            if (d.ToString().ToLowerInvariant().StartsWith(t, StringComparison.Ordinal)) return d;
        return null;
    }
}
