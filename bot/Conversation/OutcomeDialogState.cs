using RecruitBot.Recruiting;

namespace RecruitBot.Conversation;

/// <summary>The persisted state of one "log an outcome" dialog.</summary>
public sealed class OutcomeDialogState
{
    public const string Kind = "log-outcome";

    public List<OutcomeDraft> Drafts { get; set; } = [];
    public OutcomeStage Stage { get; set; } = OutcomeStage.Confirm;

    /// <summary>The draft a question (name, outcome, which candidate) is about.</summary>
    public int Index { get; set; }

    /// <summary>Candidates offered when a name matched more than one person.</summary>
    public List<Guid> Options { get; set; } = [];

    public string? SourceText { get; set; }
    public DateOnly LoggedOn { get; set; }
}
