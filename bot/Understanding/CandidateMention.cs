using RecruitBot.Recruiting;

namespace RecruitBot.Understanding;

/// <summary>
/// One candidate outcome read from a message. Every field the writer did not state is null (or empty):
/// the recognizer never guesses a name or an outcome, the conversation asks instead.
/// </summary>
public sealed record CandidateMention
{
    /// <summary>The name as the user should see it (title-cased when written in lower case).</summary>
    public string? Name { get; init; }

    /// <summary>The role's surface form, trimmed of "the", "role", brackets ("Senior Data Engineer").</summary>
    public string? Role { get; init; }

    public Outcome? Outcome { get; init; }

    /// <summary>The reasons as written ("strong SQL, weak on system design").</summary>
    public string? ReasonText { get; init; }

    public ReasonCategory? ReasonCategory { get; init; }

    /// <summary>Things that may change later and are worth asking about ("can't relocate").</summary>
    public IReadOnlyList<string> Blockers { get; init; } = [];

    /// <summary>Feedback given to the candidate, if the message says so.</summary>
    public string? Feedback { get; init; }

    /// <summary>An explicit follow-up date in the message; null when none was written.</summary>
    public FollowUp? FollowUp { get; init; }

    /// <summary>The writer explicitly said not to follow up ("no follow up", "don't reach out again").</summary>
    public bool NoFollowUp { get; init; }

    /// <summary>The writer asked never to contact the person again (do-not-contact).</summary>
    public bool DoNotContact { get; init; }

    public ContactDetails Contact { get; init; } = ContactDetails.None;
}
