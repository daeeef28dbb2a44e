namespace RecruitBot.Recruiting;

/// <summary>
/// One candidate outcome being prepared in a conversation: what was read from the message, corrected by the user,
/// and the candidate it will attach to. Nothing is stored until the user confirms.
/// </summary>
public sealed class OutcomeDraft
{
    public string? Name { get; set; }
    public string? Role { get; set; }
    public Outcome? Outcome { get; set; }
    public string? ReasonText { get; set; }
    public ReasonCategory? Category { get; set; }
    public List<string> Blockers { get; set; } = [];
    public string? Feedback { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? LinkedInUrl { get; set; }

    /// <summary>A follow-up the writer asked for, and the words they used.</summary>
    public DateOnly? ExplicitDate { get; set; }
    public string? ExplicitPhrase { get; set; }
    public bool NoFollowUp { get; set; }
    public bool DoNotContact { get; set; }

    /// <summary>The existing candidate this outcome attaches to; null creates a new one.</summary>
    public Guid? CandidateId { get; set; }

    /// <summary>Whether matching has been settled (found none, found one, or the user chose).</summary>
    public bool MatchSettled { get; set; }
    public string? MatchNote { get; set; }

    public DateOnly? NextContactOn { get; set; }
    public string NextContactWhy { get; set; } = "";

    public bool IsComplete => !string.IsNullOrWhiteSpace(Name) && Outcome is not null;

    public void Plan(DateOnly loggedOn, CadenceOptions options)
    {
        if (Outcome is not { } outcome) return;
        var plan = CadencePolicy.Decide(
            new CadenceInput(outcome, Category, Blockers.Count > 0, loggedOn, ExplicitDate, ExplicitPhrase, NoFollowUp, DoNotContact),
            options);
        NextContactOn = plan.Date;
        NextContactWhy = plan.Why;
    }
}
