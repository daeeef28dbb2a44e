namespace RecruitBot.Recruiting;

/// <summary>
/// Picks the next contact date for an outcome. What the writer asked for wins; then explicit "no follow up" and
/// the cases where contacting again would be wrong (hired, do-not-contact); then blockers worth re-asking about;
/// then the outcome's default rhythm. Pure: the caller supplies the date.
/// </summary>
public static class CadencePolicy
{
    public static NextContactPlan Decide(CadenceInput input, CadenceOptions options)
    {
        if (input.DoNotContact) return NextContactPlan.None("do not contact");
        if (input.ExplicitDate is { } date)
            return new(date, input.ExplicitPhrase is { Length: > 0 } p ? $"you asked: \"{p}\"" : "date set by you");
        if (input.NoFollowUp) return NextContactPlan.None("you said no follow-up");
        if (input.Outcome == Outcome.Hired) return NextContactPlan.None("hired");

        var on = input.LoggedOn;
        // A blocker (relocation, pay, notice period...) is worth re-asking about on its own rhythm.
        var blockerCategory = input.Category is ReasonCategory.Location or ReasonCategory.Compensation;
        if ((input.HasBlocker || blockerCategory) && options.BlockerMonths is { } m)
        {
            var what = blockerCategory ? Describe(input.Category!.Value) : "the blocker";
            return new(on.AddMonths(m), $"{what} may change: policy checks back after {Months(m)}");
        }

        return input.Outcome switch
        {
            Outcome.RunnerUp => Days(on, options.RunnerUpDays, "runner-up: policy checks in every {0}"),
            Outcome.DeclinedOffer => MonthsPlan(on, options.DeclinedOfferMonths, "declined the offer: policy checks back after {0}"),
            Outcome.OnHold => Days(on, options.OnHoldDays, "on hold: policy checks again after {0}"),
            Outcome.Withdrew => MonthsPlan(on, options.WithdrewMonths, "withdrew: policy checks back after {0}"),
            Outcome.Rejected when input.Category is ReasonCategory.SkillsGap or ReasonCategory.ExperienceLevel =>
                MonthsPlan(on, options.RejectedSkillsMonths, "rejected on " + Describe(input.Category.Value) + ": skills grow, policy checks back after {0}"),
            Outcome.Rejected => MonthsPlan(on, options.RejectedOtherMonths, "rejected: policy checks back after {0}"),
            _ => NextContactPlan.None("no follow-up policy for this outcome"),
        };
    }

    private static NextContactPlan Days(DateOnly on, int? days, string why) => days is { } d
        ? new(on.AddDays(d), string.Format(System.Globalization.CultureInfo.InvariantCulture, why, $"{d} days"))
        : NextContactPlan.None("no follow-up by policy");

    private static NextContactPlan MonthsPlan(DateOnly on, int? months, string why) => months is { } m
        ? new(on.AddMonths(m), string.Format(System.Globalization.CultureInfo.InvariantCulture, why, Months(m)))
        : NextContactPlan.None("no follow-up by policy");

    private static string Months(int m) => m == 12 ? "a year" : m == 1 ? "1 month" : $"{m} months";

    private static string Describe(ReasonCategory c) => c switch
    {
        ReasonCategory.Location => "relocation",
        ReasonCategory.Compensation => "compensation",
        _ => DomainNames.Of(c),
    };
}
