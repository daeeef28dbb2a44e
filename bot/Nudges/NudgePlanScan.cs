using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges;

/// <summary>
/// Which tenants of a chunk may have a card to plan, read in four queries for the whole chunk. It is a superset of
/// what <see cref="NudgePlanner.PlanTenantAsync"/> would plan (it uses the chunk's widest dates), never less: a tenant
/// left out here would miss its cards for the day, one let in costs one tenant-bound pass that plans nothing.
/// </summary>
internal static class NudgePlanScan
{
    private static readonly TimeSpan RecentlyPlanned = TimeSpan.FromDays(3);

    public static async Task<HashSet<string>> TenantsToPlanAsync(TenantScanDb scan, DateTimeOffset now, NudgesOptions o, CancellationToken ct)
    {
        var members = await scan.Members.AsNoTracking().ToListAsync(ct);
        var slots = members.GroupBy(m => m.TenantId, StringComparer.Ordinal)
            .SelectMany(g => NudgePlanner.Slots(g, g.Key, now, o).Select(x => (Tenant: g.Key, x.Member, x.Slot)))
            .ToList();
        if (slots.Count == 0) return [];

        // What was enqueued lately, not "which of these keys exist": by key SQLite pairs every tenant with every key.
        // A card for a slot in the window is enqueued well within this span; an older one only costs a tenant pass.
        var since = now.UtcDateTime - RecentlyPlanned;
        var planned = (await scan.Outbox.Where(m => m.CreatedAtUtc >= since).Select(m => new { m.TenantId, m.IdempotencyKey }).ToListAsync(ct))
            .Select(m => (m.TenantId, m.IdempotencyKey)).ToHashSet();
        var openNudge = slots.Where(x => !planned.Contains((x.Tenant, Key(x, NudgeRecord.NudgeKind)))).ToList();
        var openStale = slots.Where(x => !planned.Contains((x.Tenant, Key(x, NudgeRecord.StaleKind)))).ToList();

        var toPlan = new HashSet<string>(StringComparer.Ordinal);
        if (openNudge.Count > 0)
        {
            var owners = (await NudgeQueries.DueSetAsync(scan, openNudge.Max(x => x.Slot.LocalDate), ct))
                .Select(d => (d.TenantId, d.OwnerUserId)).ToHashSet();
            toPlan.UnionWith(openNudge.Where(x => owners.Contains((x.Tenant, x.Member.UserId))).Select(x => x.Tenant));
        }
        if (openStale.Count > 0)
        {
            var staleBy = openStale.Max(x => x.Slot.LocalDate).AddDays(-o.StaleAfterDays);
            var managers = (await scan.Set<InProcessRecord>()
                    .Where(r => r.StartedOn <= staleBy && (r.LastPromptedOn == null || r.LastPromptedOn <= staleBy))
                    .Select(r => new { r.TenantId, r.HiringManagerUserId }).Distinct().ToListAsync(ct))
                .Select(r => (r.TenantId, r.HiringManagerUserId)).ToHashSet();
            toPlan.UnionWith(openStale.Where(x => managers.Contains((x.Tenant, x.Member.UserId))).Select(x => x.Tenant));
        }
        return toPlan;
    }

    private static string Key((string Tenant, Member Member, SendSlot Slot) x, string kind) => NudgePlanner.NudgeKey((x.Member, x.Slot), kind);
}
