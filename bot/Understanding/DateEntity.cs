namespace RecruitBot.Understanding;

/// <summary>
/// A temporal expression found in a message, following Microsoft Recognizers-Text datetimeV2
/// conventions: <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets with End inclusive,
/// <see cref="Text"/> is the lower-cased surface span, and <see cref="Type"/> is one of
/// date, daterange, duration (time, datetime, datetimerange, timerange, set are allowed but unused).
/// </summary>
public sealed record DateEntity(string Text, int Start, int End, string Type, IReadOnlyList<DateResolution> Values);

/// <summary>One datetimeV2 resolution value. Absent fields are null.</summary>
public sealed record DateResolution(
    string Type,
    string? Timex = null,
    string? Value = null,
    string? Start = null,
    string? End = null,
    string? Mod = null);
