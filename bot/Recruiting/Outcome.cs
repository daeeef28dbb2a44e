namespace RecruitBot.Recruiting;

/// <summary>What happened to a candidate in a hiring process.</summary>
public enum Outcome
{
    Hired,
    Rejected,
    RunnerUp,
    Withdrew,
    DeclinedOffer,
    OnHold,
}
