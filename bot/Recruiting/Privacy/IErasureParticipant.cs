namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// Storage outside the recruiting store that may hold copies of a person's data (e.g. a channel's raw inbox).
/// Erasure asks each participant to remove every row containing any of the given terms.
/// </summary>
public interface IErasureParticipant
{
    Task<int> EraseAsync(string tenantId, IReadOnlyList<string> terms, CancellationToken ct);
}
