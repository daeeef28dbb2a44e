using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Channels.Slack.Security;
using RecruitBot.Channels.Slack.Storage;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>The bot token for a tenant: its OAuth installation when there is one, else the configured BotToken.</summary>
public sealed class SlackTokens(IDbContextFactory<SlackDb> dbs, IOptions<SlackOptions> options)
{
    public async Task<string> ForTenantAsync(string tenantId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var installed = await db.Installations.AsNoTracking().Where(i => i.TenantId == tenantId).Select(i => i.BotToken).FirstOrDefaultAsync(ct);
        return (installed is null ? null : Open(installed, tenantId)) ?? options.Value.BotToken
            ?? throw new InvalidOperationException($"No Slack bot token for tenant {tenantId}: install the app (OAuth) or set Slack:BotToken.");
    }

    private string Open(string stored, string tenantId)
    {
        if (!SlackTokenCipher.IsSealed(stored)) return stored;
        var key = SlackTokenCipher.ParseKey(options.Value.TokenEncryptionKey)
            ?? throw new InvalidOperationException($"The Slack bot token for tenant {tenantId} is sealed, but Slack:TokenEncryptionKey is not set.");
        return SlackTokenCipher.Open(stored, tenantId, key)
            ?? throw new InvalidOperationException($"The Slack bot token for tenant {tenantId} does not open with Slack:TokenEncryptionKey (another key, or a damaged row): reinstall the app.");
    }

    /// <summary>Stores (or replaces, on reinstall) a workspace's installation.</summary>
    public async Task SaveAsync(SlackInstallation installation, CancellationToken ct = default)
    {
        if (SlackTokenCipher.ParseKey(options.Value.TokenEncryptionKey) is { } key)
            installation.BotToken = SlackTokenCipher.Seal(installation.BotToken, installation.TenantId, key);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var existing = await db.Installations.FindAsync([installation.TenantId], ct);
        if (existing is not null) db.Installations.Remove(existing);
        await db.SaveChangesAsync(ct);
        db.Installations.Add(installation);
        await db.SaveChangesAsync(ct);
    }
}
