namespace RecruitBot.Recruiting.Privacy;

/// <summary>What one tenant's daily retention run does: who is erased, and whose owner is asked to renew consent.</summary>
public sealed record RetentionPlan(IReadOnlyList<Guid> Erase, IReadOnlyList<(RetentionFacts Candidate, DateOnly ExpiresOn)> Refresh);
