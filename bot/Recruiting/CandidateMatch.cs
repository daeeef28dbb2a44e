namespace RecruitBot.Recruiting;

/// <summary>An existing candidate a name could refer to, with enough context to tell two people apart.</summary>
public sealed record CandidateMatch(Guid Id, string Name, string? LastRole, Outcome? LastOutcome, DateTime? LastLoggedUtc, string? Email);
