namespace RecruitBot.Recruiting;

/// <summary>
/// How long to wait before contacting a past candidate again when the message gave no date. Bound from
/// <c>Cadence</c>; <see cref="Tenants"/> overrides any value per tenant (<c>Cadence:Tenants:{tenantId}:RunnerUpDays</c>).
/// A null value means "no automatic follow-up".
/// </summary>
public sealed class CadenceOptions
{
    public const string Section = "Cadence";

    public int? RunnerUpDays { get; set; } = 90;
    public int? BlockerMonths { get; set; } = 6;
    public int? DeclinedOfferMonths { get; set; } = 6;
    public int? OnHoldDays { get; set; } = 30;
    public int? WithdrewMonths { get; set; } = 6;
    public int? RejectedSkillsMonths { get; set; } = 12;

    /// <summary>Rejected for fit or other reasons: no automatic follow-up unless a tenant opts in.</summary>
    public int? RejectedOtherMonths { get; set; }

    public Dictionary<string, CadenceOptions> Tenants { get; set; } = new(StringComparer.Ordinal);

    public CadenceOptions For(string tenantId) => Tenants.TryGetValue(tenantId, out var t) ? t : this;

    public IEnumerable<string> Validate()
    {
        foreach (var (name, value) in Values())
            if (value is < 0 or > 3650) yield return $"Cadence:{name} must be between 0 and 3650, or empty for none.";
        foreach (var (tenant, t) in Tenants)
            foreach (var error in t.Validate())
                yield return error.Replace("Cadence:", $"Cadence:Tenants:{tenant}:", StringComparison.Ordinal);
    }

    private IEnumerable<(string, int?)> Values() =>
    [
        (nameof(RunnerUpDays), RunnerUpDays), (nameof(BlockerMonths), BlockerMonths),
        (nameof(DeclinedOfferMonths), DeclinedOfferMonths), (nameof(OnHoldDays), OnHoldDays),
        (nameof(WithdrewMonths), WithdrewMonths), (nameof(RejectedSkillsMonths), RejectedSkillsMonths),
        (nameof(RejectedOtherMonths), RejectedOtherMonths),
    ];
}
