using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RecruitBot.Conversation.Security;

/// <summary>
/// The opaque, tamper-evident reference every card action carries: which tenant and (optionally) which user the card
/// was made for, until when, and an HMAC over that plus the action's verb and data. A card forwarded to another user
/// or tenant, replayed after expiry, or edited on the way back cannot act. Pure functions; the key comes from options.
/// Format: v1.{tenant}.{user}.{expiryUnixSeconds}.{mac}, each part base64url.
/// </summary>
public static class ActionReference
{
    private const string Version = "v1";

    public static string Sign(byte[] key, string tenantId, string? userId, DateTimeOffset expires, string verb, IReadOnlyDictionary<string, string> data)
    {
        var exp = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = Mac(key, tenantId, userId ?? "", exp, verb, data);
        return string.Join('.', Version, B64(tenantId), B64(userId ?? ""), exp, mac);
    }

    public static ActionReferenceCheck Verify(byte[] key, string? reference, string tenantId, string userId, DateTimeOffset now, string verb, IReadOnlyDictionary<string, string> data)
    {
        if (string.IsNullOrEmpty(reference)) return ActionReferenceCheck.Missing;
        var parts = reference.Split('.');
        if (parts.Length != 5 || parts[0] != Version) return ActionReferenceCheck.Malformed;
        if (!TryUnB64(parts[1], out var refTenant) || !TryUnB64(parts[2], out var refUser)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var exp))
        {
            return ActionReferenceCheck.Malformed;
        }

        // Check the MAC before trusting any field, so a forged tenant or user reads as tampering, not as a mismatch.
        var expected = Encoding.ASCII.GetBytes(Mac(key, refTenant, refUser, parts[3], verb, data));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[4]))) return ActionReferenceCheck.Tampered;
        if (!string.Equals(refTenant, tenantId, StringComparison.Ordinal)) return ActionReferenceCheck.OtherTenant;
        if (refUser.Length > 0 && !string.Equals(refUser, userId, StringComparison.Ordinal)) return ActionReferenceCheck.OtherUser;
        if (now.ToUnixTimeSeconds() > exp) return ActionReferenceCheck.Expired;
        return ActionReferenceCheck.Valid;
    }

    private static string Mac(byte[] key, string tenant, string user, string exp, string verb, IReadOnlyDictionary<string, string> data)
    {
        // Length-prefixed fields and sorted data keys: no two different actions can produce the same signed text.
        var sb = new StringBuilder();
        void Field(string s) => sb.Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
        Field(Version);
        Field(tenant);
        Field(user);
        Field(exp);
        Field(verb);
        foreach (var (k, v) in data.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Field(k);
            Field(v);
        }
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static string B64(string s) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(s));

    private static bool TryUnB64(string s, out string value)
    {
        value = "";
        try
        {
            value = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(s));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
