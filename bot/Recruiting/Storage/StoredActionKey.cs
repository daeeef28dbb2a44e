using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation.Security;

namespace RecruitBot.Recruiting.Storage;

/// <summary>
/// The configured signing key, or else one generated on first use and kept in the database so restarts and other
/// instances agree. Read once and cached for the process.
/// </summary>
public sealed class StoredActionKey(IDbContextFactory<RecruitingDb> dbs, IOptions<ActionSigningOptions> options) : IActionKeySource
{
    private const string Name = "action-signing-key";
    private readonly Lazy<byte[]> _key = new(() => Load(dbs, options.Value));

    public byte[] Key => _key.Value;

    private static byte[] Load(IDbContextFactory<RecruitingDb> dbs, ActionSigningOptions o)
    {
        if (!string.IsNullOrEmpty(o.ActionSigningKey)) return Convert.FromBase64String(o.ActionSigningKey);
        using var db = dbs.CreateDbContext();
        var stored = db.Set<AppSecret>().AsNoTracking().SingleOrDefault(s => s.Name == Name);
        if (stored is not null) return Convert.FromBase64String(stored.Value);
        db.Set<AppSecret>().Add(new AppSecret { Name = Name, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), CreatedAtUtc = DateTime.UtcNow });
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another instance generated it at the same moment; use theirs.
        }
        using var reread = dbs.CreateDbContext();
        return Convert.FromBase64String(reread.Set<AppSecret>().AsNoTracking().Single(s => s.Name == Name).Value);
    }
}
