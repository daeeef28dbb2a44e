namespace RecruitBot.Recruiting;

/// <summary>
/// The stable, human-facing names of the domain enums (the same strings the nl-eval scorer,
/// card data and the database use), so no layer invents its own spelling.
/// </summary>
public static class DomainNames
{
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Hired => "hired",
        Outcome.Rejected => "rejected",
        Outcome.RunnerUp => "runner-up",
        Outcome.Withdrew => "withdrew",
        Outcome.DeclinedOffer => "declined-offer",
        Outcome.OnHold => "on-hold",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static string Of(ReasonCategory category) => category switch
    {
        ReasonCategory.SkillsGap => "skills gap",
        ReasonCategory.ExperienceLevel => "experience level",
        ReasonCategory.Compensation => "compensation",
        ReasonCategory.Location => "location/relocation",
        ReasonCategory.Timing => "timing",
        ReasonCategory.CultureFit => "culture/team fit",
        ReasonCategory.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static readonly IReadOnlyList<Outcome> Outcomes = Enum.GetValues<Outcome>();
    public static readonly IReadOnlyList<ReasonCategory> Categories = Enum.GetValues<ReasonCategory>();

    public static bool TryParseOutcome(string? text, out Outcome outcome)
    {
        foreach (var o in Outcomes)
        {
            if (string.Equals(Of(o), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                outcome = o;
                return true;
            }
        }
        outcome = default;
        return false;
    }

    public static bool TryParseCategory(string? text, out ReasonCategory category)
    {
        foreach (var c in Categories)
        {
            if (string.Equals(Of(c), text?.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                category = c;
                return true;
            }
        }
        category = default;
        return false;
    }
}
