namespace RecruitBot.Recruiting;

/// <summary>When to contact someone next (null: not at all) and why that date, in words a recruiter can read.</summary>
public sealed record NextContactPlan(DateOnly? Date, string Why)
{
    public static NextContactPlan None(string why) => new(null, why);
}
