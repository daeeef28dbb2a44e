using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Digest;

/// <summary>
/// The registry of team channels that get the weekly digest. Channel adapters call <see cref="RegisterAsync"/> when the
/// bot is installed in a Teams team or invited to a Slack channel, and <see cref="DisableAsync"/> when it is removed.
/// </summary>
public sealed class TeamChannels(RecruitingDbFactory dbs, TimeProvider clock)
{
    /// <summary>Adds the channel (digest on, Monday 09:00, names hidden) or, if known, refreshes its name and zone and re-enables it.</summary>
    public async Task<TeamChannel> RegisterAsync(string tenantId, string channelId, string conversationId, string? name, string? timeZoneId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = dbs.For(tenantId);
        var row = await db.Set<TeamChannel>().SingleOrDefaultAsync(c => c.ChannelId == channelId && c.ConversationId == conversationId, ct);
        if (row is null)
        {
            row = new TeamChannel
            {
                TenantId = tenantId, ChannelId = channelId, ConversationId = conversationId, Name = Trim(name, 200), TimeZoneId = Trim(timeZoneId, 64),
                RegisteredAtUtc = now, UpdatedAtUtc = now,
            };
            db.Add(row);
        }
        else
        {
            row.Name = Trim(name, 200) ?? row.Name;
            row.TimeZoneId = Trim(timeZoneId, 64) ?? row.TimeZoneId;
            row.Enabled = true;
            row.UpdatedAtUtc = now;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two install events raced; the other registration is the same channel.
        }
        return row;
    }

    /// <summary>The bot was removed from the channel: no more digests (settings are kept for a re-install).</summary>
    public Task<TeamChannel?> DisableAsync(string tenantId, string channelId, string conversationId, CancellationToken ct = default) =>
        UpdateAsync(tenantId, channelId, conversationId, null, c => c.Enabled = false, ct);

    public async Task<TeamChannel?> FindAsync(string tenantId, string channelId, string conversationId, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        return await db.Set<TeamChannel>().AsNoTracking().SingleOrDefaultAsync(c => c.ChannelId == channelId && c.ConversationId == conversationId, ct);
    }

    public async Task<TeamChannel?> UpdateAsync(string tenantId, string channelId, string conversationId, string? byUserId, Action<TeamChannel> change, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        var row = await db.Set<TeamChannel>().SingleOrDefaultAsync(c => c.ChannelId == channelId && c.ConversationId == conversationId, ct);
        if (row is null) return null;
        change(row);
        row.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        row.UpdatedByUserId = byUserId ?? row.UpdatedByUserId;
        await db.SaveChangesAsync(ct);
        return row;
    }

    private static string? Trim(string? s, int max) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Length > max ? s.Trim()[..max] : s.Trim();
}
