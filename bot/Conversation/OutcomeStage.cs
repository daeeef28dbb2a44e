namespace RecruitBot.Conversation;

/// <summary>Where a "log an outcome" dialog is waiting.</summary>
public enum OutcomeStage
{
    AskName,
    AskOutcome,
    ChooseCandidate,
    Confirm,
    Edit,
}
