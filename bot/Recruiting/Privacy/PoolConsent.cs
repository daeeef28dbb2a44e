namespace RecruitBot.Recruiting.Privacy;

/// <summary>Whether the person agreed to stay in the talent pool beyond the current process.</summary>
public enum PoolConsent
{
    Unknown,
    Given,
    Refused,
}
