using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace RecruitBot.Channels.Teams.Auth;

/// <summary>
/// Tokens whose signature, issuer, audience and lifetime were fully verified, keyed by the exact token string, until
/// the token's own expiry. The channel reuses one token for many requests, so this saves an RSA verification and a
/// JWT parse per request. Only accepted tokens are kept (a forged one never gets in), each entry remembers the key
/// instance that verified it so a key set refresh sends the token through full validation again, and the size is
/// capped. The per-activity checks (endorsement, serviceurl) are not cached: they run on every request.
/// </summary>
internal sealed class AcceptedTokenCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public Entry? Find(string token, DateTime nowUtc)
    {
        if (!_entries.TryGetValue(token, out var entry)) return null;
        if (nowUtc < entry.ExpiresUtc) return entry;
        _entries.TryRemove(token, out _);
        return null;
    }

    public void Add(string token, Entry entry, DateTime nowUtc)
    {
        if (nowUtc >= entry.ExpiresUtc) return;
        if (_entries.Count >= capacity)
        {
            foreach (var (key, old) in _entries)
                if (nowUtc >= old.ExpiresUtc) _entries.TryRemove(key, out _);
            // Still full of live tokens: start over rather than grow (each is re-validated on its next use).
            if (_entries.Count >= capacity) _entries.Clear();
        }
        _entries[token] = entry;
    }

    public void Remove(string token) => _entries.TryRemove(token, out _);

    internal sealed record Entry(ClaimsIdentity Identity, string Kid, SecurityKey Key, DateTime ExpiresUtc);
}
