namespace RecruitBot.Recruiting;

/// <summary>A candidate due for contact, with what the recruiter needs to decide how to reach out.</summary>
public sealed record DueItem(
    Guid CandidateId,
    string Name,
    string? Role,
    Outcome? LastOutcome,
    string? Reason,
    IReadOnlyList<string> Blockers,
    DateOnly NextContactOn,
    string? NextContactWhy,
    string? OwnerUserId);
