namespace RecruitBot.Recruiting;

/// <summary>What the cadence policy needs to know about one outcome.</summary>
public sealed record CadenceInput(
    Outcome Outcome,
    ReasonCategory? Category,
    bool HasBlocker,
    DateOnly LoggedOn,
    DateOnly? ExplicitDate = null,
    string? ExplicitPhrase = null,
    bool NoFollowUp = false,
    bool DoNotContact = false);
