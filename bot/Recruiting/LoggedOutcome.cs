namespace RecruitBot.Recruiting;

/// <summary>What one confirmed outcome became in the store.</summary>
public sealed record LoggedOutcome(Guid CandidateId, string Name, string? Role, Outcome Outcome, DateOnly? NextContactOn, bool NewCandidate);
