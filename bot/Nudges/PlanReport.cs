namespace RecruitBot.Nudges;

/// <summary>What one planning pass enqueued.</summary>
public sealed record PlanReport(int Tenants, int Nudges, int StalePrompts)
{
    public static readonly PlanReport Empty = new(0, 0, 0);

    public PlanReport Add(PlanReport other) => new(Tenants + other.Tenants, Nudges + other.Nudges, StalePrompts + other.StalePrompts);
}
