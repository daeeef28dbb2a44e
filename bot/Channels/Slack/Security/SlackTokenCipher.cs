using System.Security.Cryptography;
using System.Text;

namespace RecruitBot.Channels.Slack.Security;

/// <summary>
/// Bot tokens from OAuth installs are stored sealed with AES-256-GCM, so a copied database file does not hand out
/// every workspace's token. The tenant id is authenticated data: a sealed token moved to another tenant's row does
/// not open. Values without the prefix are tokens stored before sealing existed; they are read as they are and
/// sealed on the next install.
/// </summary>
public static class SlackTokenCipher
{
    public const string Prefix = "sealed:v1:";
    public const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public static bool IsSealed(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The key from its configured base64 form, or null when it is not 32 bytes of valid base64.</summary>
    public static byte[]? ParseKey(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured)) return null;
        var buffer = new byte[KeyBytes + 3];
        return Convert.TryFromBase64String(configured.Trim(), buffer, out var n) && n == KeyBytes ? buffer[..KeyBytes] : null;
    }

    public static string Seal(string token, string tenantId, byte[] key)
    {
        var plain = Encoding.UTF8.GetBytes(token);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Encoding.UTF8.GetBytes(tenantId));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The token, or null when the value is damaged, sealed for another tenant, or sealed with another key.</summary>
    public static string? Open(string stored, string tenantId, byte[] key)
    {
        if (!IsSealed(stored)) return null;
        var buffer = new byte[stored.Length];
        if (!Convert.TryFromBase64String(stored[Prefix.Length..], buffer, out var n) || n < NonceBytes + TagBytes) return null;
        var bytes = buffer.AsSpan(0, n);
        var cipher = bytes[NonceBytes..^TagBytes];
        var plain = new byte[cipher.Length];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(bytes[..NonceBytes], cipher, bytes[^TagBytes..], plain, Encoding.UTF8.GetBytes(tenantId));
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        return Encoding.UTF8.GetString(plain);
    }
}
