using System.Collections.Concurrent;

namespace RecruitBot.Channels.Teams;

/// <summary>
/// A small thread-safe map whose entries carry their own expiry and whose size is capped: when full, expired
/// entries are dropped, and if it is still full it starts over rather than grow. For read-mostly facts that are
/// cheap to recompute (a verified token, an unchanged conversation reference), never for anything that must persist.
/// </summary>
internal sealed class ExpiringCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTime ExpiresUtc)> _entries = new(comparer);

    public int Count => _entries.Count;

    public bool TryGet(TKey key, DateTime nowUtc, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (nowUtc < entry.ExpiresUtc)
            {
                value = entry.Value;
                return true;
            }
            _entries.TryRemove(KeyValuePair.Create(key, entry));
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value, DateTime expiresUtc, DateTime nowUtc)
    {
        if (nowUtc >= expiresUtc) return;
        if (_entries.Count >= capacity)
        {
            foreach (var (k, old) in _entries)
                if (nowUtc >= old.ExpiresUtc) _entries.TryRemove(KeyValuePair.Create(k, old));
            if (_entries.Count >= capacity) _entries.Clear();
        }
        _entries[key] = (value, expiresUtc);
    }

    public void Remove(TKey key) => _entries.TryRemove(key, out _);
}
