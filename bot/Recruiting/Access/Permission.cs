namespace RecruitBot.Recruiting.Access;

/// <summary>The actions the role table speaks of.</summary>
public enum Permission
{
    LogOutcome,
    SeeCandidate,
    Refer,
    SeeOwnReferrals,
    Manage,
}
