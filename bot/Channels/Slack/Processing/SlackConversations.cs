using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruitBot.Channels.Slack.Storage;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>Remembers conversations Slack says are gone, so we stop posting (and failing) there.</summary>
public sealed class SlackConversations(IDbContextFactory<SlackDb> dbs, [FromKeyedServices(SlackChannel.ClockKey)] TimeProvider clock)
{
    public async Task<bool> IsGoneAsync(string tenantId, string channelId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.GoneConversations.AnyAsync(g => g.TenantId == tenantId && g.ChannelId == channelId, ct);
    }

    public async Task MarkGoneAsync(string tenantId, string channelId, string error, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.GoneConversations.AnyAsync(g => g.TenantId == tenantId && g.ChannelId == channelId, ct)) return;
        db.GoneConversations.Add(new SlackGoneConversation
        {
            TenantId = tenantId, ChannelId = channelId, Error = error, AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }
}
