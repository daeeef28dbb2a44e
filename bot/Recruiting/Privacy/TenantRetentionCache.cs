using System.Collections.Concurrent;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// Each tenant's retention months as last read, kept for at most <see cref="MaxAge"/> of real time. A change made
/// on this instance forgets the tenant at once; a change made on another instance is seen here within
/// <see cref="MaxAge"/>. Only read-only listings use it: anything that deletes or exports reads the setting fresh.
/// </summary>
public sealed class TenantRetentionCache(TimeProvider realClock)
{
    /// <summary>How long another instance may keep showing a list under the previous retention setting.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (int Months, DateTimeOffset ReadAt)> _months = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Taken before reading the store, so a read that raced a change is not remembered.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string tenantId, out int months)
    {
        months = 0;
        if (!_months.TryGetValue(tenantId, out var entry) || realClock.GetUtcNow() - entry.ReadAt >= MaxAge) return false;
        months = entry.Months;
        return true;
    }

    public void Remember(string tenantId, int months, long generationBeforeRead, DateTimeOffset readAt)
    {
        if (Generation != generationBeforeRead) return;
        _months[tenantId] = (months, readAt);
        // A change may have landed between the check and the store; never keep what it could have made stale.
        if (Generation != generationBeforeRead) _months.TryRemove(tenantId, out _);
    }

    public void Forget(string tenantId)
    {
        Interlocked.Increment(ref _generation);
        _months.TryRemove(tenantId, out _);
    }

    public DateTimeOffset Now() => realClock.GetUtcNow();
}
