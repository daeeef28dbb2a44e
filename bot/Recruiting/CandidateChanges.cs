using System.Collections.Concurrent;

namespace RecruitBot.Recruiting;

/// <summary>
/// In-process notice that a tenant's candidate history may have moved (an outcome written or undone, a contact noted).
/// Readers that keep something derived from that history up to date on every turn (referral statuses) compare
/// <see cref="Version"/> with the one they last acted on and skip their query when nothing moved. It only sees writes
/// made in this process: another instance's writes are left to the readers' own background work.
/// </summary>
public sealed class CandidateChanges
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    public void Signal(string tenantId) => _versions.AddOrUpdate(tenantId, 1, static (_, v) => v + 1);

    /// <summary>0 until the first signal for the tenant; grows by one per signal.</summary>
    public long Version(string tenantId) => _versions.GetValueOrDefault(tenantId);
}
