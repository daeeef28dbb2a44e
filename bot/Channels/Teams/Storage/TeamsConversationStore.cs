using Microsoft.EntityFrameworkCore;

namespace RecruitBot.Channels.Teams.Storage;

/// <summary>
/// Conversation references, the per-tenant serviceUrl allow-list and card-action dedupe. Callers pass only
/// data that came from an authenticated activity; nothing here trusts message text.
/// </summary>
public sealed class TeamsConversationStore(IDbContextFactory<TeamsDb> factory, TimeProvider clock)
{
    /// <summary>
    /// How long an unchanged reference is taken as recorded without reading the database. Every activity records its
    /// reference, almost always unchanged; within this window a repeat costs no query. Changes made here (Gone) drop
    /// the entry at once; another instance's changes are seen within the window.
    /// </summary>
    public static readonly TimeSpan RecordedWindow = TimeSpan.FromMinutes(5);

    public const int RecordedCapacity = 20_000;

    private readonly ExpiringCache<(string Tenant, string Conversation), RecordedReference> _recorded = new(RecordedCapacity);

    /// <summary>Inserts or refreshes the reference and allow-lists its serviceUrl; clears <c>Gone</c> (the bot is back).</summary>
    public async Task RecordAsync(TeamsConversationRef reference, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = (reference.TenantId, reference.ConversationId);
        if (_recorded.TryGet(key, now, out var known) && known.Covers(reference)) return;
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var existing = await db.Conversations.FindAsync([reference.TenantId, reference.ConversationId], ct);
            if (existing is null)
            {
                reference.UpdatedAtUtc = now;
                db.Conversations.Add(reference);
            }
            else
            {
                existing.ServiceUrl = reference.ServiceUrl;
                existing.ConversationType = reference.ConversationType ?? existing.ConversationType;
                existing.UserId = reference.UserId ?? existing.UserId;
                existing.UserAadObjectId = reference.UserAadObjectId ?? existing.UserAadObjectId;
                existing.UserName = reference.UserName ?? existing.UserName;
                existing.TeamId = reference.TeamId ?? existing.TeamId;
                existing.ChannelId = reference.ChannelId ?? existing.ChannelId;
                existing.BotId = reference.BotId ?? existing.BotId;
                existing.BotName = reference.BotName ?? existing.BotName;
                existing.Gone = reference.Gone;
                // Refresh the timestamp only when something changed or it is getting old: an unchanged reference on
                // every message would cost a durable write (an fsync) per turn for nothing.
                db.ChangeTracker.DetectChanges();
                if (db.Entry(existing).State == EntityState.Modified || existing.UpdatedAtUtc < now.AddHours(-1)) existing.UpdatedAtUtc = now;
            }
            var url = await db.ServiceUrls.FindAsync([reference.TenantId, reference.ServiceUrl], ct);
            if (url is null) db.ServiceUrls.Add(new TeamsServiceUrl { TenantId = reference.TenantId, ServiceUrl = reference.ServiceUrl, LastSeenAtUtc = now });
            else if (url.LastSeenAtUtc < now.AddHours(-1)) url.LastSeenAtUtc = now;
            try
            {
                await db.SaveChangesAsync(ct);
                _recorded.Set(key, RecordedReference.Of(existing ?? reference), now + RecordedWindow, now);
                return;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Two activities for a new conversation raced to insert it; the retry updates instead.
            }
        }
    }

    public async Task<TeamsConversationRef?> FindAsync(string tenantId, string conversationId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Conversations.AsNoTracking()
            .FirstOrDefaultAsync(c => c.TenantId == tenantId && c.ConversationId == conversationId, ct);
    }

    /// <summary>The freshest reference naming the user (AAD object id or Teams user id), personal chats first.</summary>
    public async Task<TeamsConversationRef?> FindForUserAsync(string tenantId, string userId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var refs = await db.Conversations.AsNoTracking()
            .Where(c => c.TenantId == tenantId && (c.UserAadObjectId == userId || c.UserId == userId))
            .ToListAsync(ct);
        return refs.OrderByDescending(c => c.ConversationType == "personal" && !c.Gone)
            .ThenByDescending(c => c.UpdatedAtUtc).FirstOrDefault();
    }

    public async Task<bool> IsServiceUrlAllowedAsync(string tenantId, string serviceUrl, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ServiceUrls.AnyAsync(s => s.TenantId == tenantId && s.ServiceUrl == serviceUrl, ct);
    }

    public async Task MarkGoneAsync(string tenantId, string conversationId, CancellationToken ct)
    {
        _recorded.Remove((tenantId, conversationId));
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Conversations.Where(c => c.TenantId == tenantId && c.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Gone, true).SetProperty(c => c.UpdatedAtUtc, clock.GetUtcNow().UtcDateTime), ct);
        // Again after the write: a RecordAsync that read the old row meanwhile may have re-added it.
        _recorded.Remove((tenantId, conversationId));
    }

    /// <summary>True the first time an activity id is seen for the tenant, false on every redelivery.</summary>
    public async Task<bool> TryMarkProcessedAsync(string tenantId, string activityId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // ON CONFLICT DO NOTHING (SQLite and PostgreSQL): a redelivery is normal, not a failed command in the error log.
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "TeamsProcessedActivities" ("ActivityId", "TenantId", "ProcessedAtUtc") VALUES ({activityId}, {tenantId}, {now})
            ON CONFLICT ("TenantId", "ActivityId") DO NOTHING
            """, ct) == 1;
    }

    /// <summary>Forgets a marker so the next delivery counts as the first (a reinstall welcomes again).</summary>
    public async Task ForgetAsync(string tenantId, string activityId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.ProcessedActivities.Where(p => p.TenantId == tenantId && p.ActivityId == activityId).ExecuteDeleteAsync(ct);
    }
}
