namespace RecruitBot.Recruiting;

/// <summary>One line of a candidate's history.</summary>
public sealed record TimelineEntry(DateTime AtUtc, string Kind, string Text, string? By);
