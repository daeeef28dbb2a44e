using RecruitBot.Recruiting;

namespace RecruitBot.Nudges;

/// <summary>What a nudge knows about one candidate: the row plus the latest live outcome.</summary>
public sealed record DueCandidate(
    Guid Id,
    string Name,
    string? OwnerUserId,
    string? Role,
    Outcome? LastOutcome,
    string? Reason,
    IReadOnlyList<string> Blockers,
    DateTime? LastEventAtUtc,
    DateTime? LastContactAtUtc,
    DateTime CreatedAtUtc,
    DateOnly? NextContactOn,
    string? NextContactWhy,
    bool DoNotContact,
    DateOnly? ConsentUntil = null)
{
    /// <summary>The latest contact or outcome: what "how long since" and retention count from.</summary>
    public DateTime LastTouchUtc => new[] { LastEventAtUtc, LastContactAtUtc, CreatedAtUtc }.Max(d => d ?? DateTime.MinValue);

    public bool LastTouchWasContact => LastContactAtUtc is { } c && (LastEventAtUtc is null || c >= LastEventAtUtc);
}
