namespace RecruitBot.Recruiting;

/// <summary>
/// One logged outcome. Appended, never overwritten: undo marks it retracted rather than editing or deleting it,
/// so the history of what was said stays intact.
/// </summary>
public sealed class OutcomeEvent : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string TenantId { get; set; }
    public Guid CandidateId { get; set; }
    public Guid? RoleId { get; set; }
    public Outcome Outcome { get; set; }
    public string? ReasonText { get; set; }
    public ReasonCategory? ReasonCategory { get; set; }

    /// <summary>Blockers that may change later, newline-separated ("can't relocate").</summary>
    public string Blockers { get; set; } = "";

    public string? Feedback { get; set; }
    public DateOnly? NextContactOn { get; set; }
    public required string NextContactWhy { get; set; }

    public required string LoggedByUserId { get; set; }
    public string? LoggedByName { get; set; }
    public DateTime LoggedAtUtc { get; set; }

    /// <summary>The original message text, kept as provenance.</summary>
    public string? SourceText { get; set; }

    /// <summary>All rows written by one confirmation share a batch, which is the unit of undo.</summary>
    public Guid BatchId { get; set; }

    public DateTime? RetractedAtUtc { get; set; }

    public IReadOnlyList<string> BlockerList =>
        Blockers.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
