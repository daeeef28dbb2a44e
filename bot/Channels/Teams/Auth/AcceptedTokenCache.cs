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
    private readonly ExpiringCache<string, Entry> _entries = new(capacity, StringComparer.Ordinal);

    public Entry? Find(string token, DateTime nowUtc) => _entries.TryGet(token, nowUtc, out var entry) ? entry : null;

    public void Add(string token, Entry entry, DateTime nowUtc) => _entries.Set(token, entry, entry.ExpiresUtc, nowUtc);

    public void Remove(string token) => _entries.Remove(token);

    internal sealed record Entry(ClaimsIdentity Identity, string Kid, SecurityKey Key, DateTime ExpiresUtc);
}
