namespace RecruitBot.Recruiting.Privacy;

/// <summary>What the retention planner needs to know about one person; no text beyond the name the card shows.</summary>
public sealed record RetentionFacts(
    Guid Id,
    string Name,
    string? OwnerUserId,
    DateTime LastContactOrCreatedUtc,
    DateOnly? ConsentUntil,
    PoolConsent Consent,
    DateTime? ConsentAtUtc,
    CandidateSource Source,
    bool DoNotContact);
