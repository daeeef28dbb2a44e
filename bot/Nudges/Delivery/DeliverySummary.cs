namespace RecruitBot.Nudges.Delivery;

/// <summary>One tenant's delivery health: counts by state and the most recent messages given up on.</summary>
/// <param name="Retrying">Pending rows that have failed at least once and wait for another attempt.</param>
public sealed record DeliverySummary(int Pending, int Retrying, int Sent, int Dead, IReadOnlyList<DeadDelivery> RecentDead);
