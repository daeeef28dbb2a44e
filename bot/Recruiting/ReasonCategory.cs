namespace RecruitBot.Recruiting;

/// <summary>Why an outcome happened, coarse enough to drive the cadence policy and reporting.</summary>
public enum ReasonCategory
{
    SkillsGap,
    ExperienceLevel,
    Compensation,
    Location,
    Timing,
    CultureFit,
    Other,
}
