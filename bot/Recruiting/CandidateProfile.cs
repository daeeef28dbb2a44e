namespace RecruitBot.Recruiting;

/// <summary>A candidate with their history, newest first.</summary>
public sealed record CandidateProfile(Candidate Candidate, string? LastRole, Outcome? LastOutcome, IReadOnlyList<string> Blockers, IReadOnlyList<TimelineEntry> Entries)
{
    /// <summary>The owning recruiter's display name where known, else their user id.</summary>
    public string? OwnerName { get; init; }
}
