namespace RecruitBot.Conversation;

/// <summary>The card action verbs the engine understands; templates in cards/ use the same strings.</summary>
public static class Verbs
{
    public const string Confirm = "outcome.confirm";
    public const string Edit = "outcome.edit";
    public const string Cancel = "outcome.cancel";
    public const string Save = "outcome.save";
    public const string Choose = "candidate.choose";
    public const string NewCandidate = "candidate.new";
    public const string Show = "candidate.show";
}
