using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Delivery;

/// <summary>Admin status of the outbox for one tenant: read through a tenant-bound context, like any core query.</summary>
public sealed class DeliveryStatus(RecruitingDbFactory dbs)
{
    public async Task<DeliverySummary> SummaryAsync(string tenantId, int recentDead = 10, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        var counts = await db.Outbox.AsNoTracking()
            .GroupBy(o => new { o.Status, Failed = o.LastError != null })
            .Select(g => new { g.Key.Status, g.Key.Failed, Count = g.Count() })
            .ToListAsync(ct);
        var dead = await db.Outbox.AsNoTracking().Where(o => o.Status == OutboxStatus.Dead)
            .OrderByDescending(o => o.CreatedAtUtc).Take(recentDead)
            .Select(o => new DeadDelivery(o.Id, o.Kind, o.ChannelId, o.Recipient, o.Attempts, o.CreatedAtUtc, o.LastError))
            .ToListAsync(ct);
        int Count(OutboxStatus status, bool? failed = null) =>
            counts.Where(c => c.Status == status && (failed is null || c.Failed == failed)).Sum(c => c.Count);
        return new DeliverySummary(Count(OutboxStatus.Pending), Count(OutboxStatus.Pending, failed: true),
            Count(OutboxStatus.Sent), Count(OutboxStatus.Dead), dead);
    }
}
