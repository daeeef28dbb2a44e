using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Digest;

/// <summary>
/// Plans each enabled team channel's weekly digest at its day and time in its own zone (holidays roll it forward,
/// quiet hours are never used), writing the outbox row in the transaction that read the digest's facts.
/// </summary>
public sealed class DigestPlanner(
    IDbContextFactory<RecruitingDb> contexts, RecruitingDbFactory dbs, DigestBuilder builder, IOptions<NudgesOptions> options, ILogger<DigestPlanner> logger)
{
    public const string Kind = "digest";

    public async Task<int> PlanAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        List<string> tenants;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            tenants = await db.Set<TeamChannel>().IgnoreQueryFilters().Where(c => c.Enabled).Select(c => c.TenantId).Distinct().OrderBy(t => t).ToListAsync(ct);
        var planned = 0;
        foreach (var tenant in tenants)
        {
            try
            {
                planned += await PlanTenantAsync(tenant, now, ct);
            }
            catch (DbUpdateException e)
            {
                logger.LogInformation(e, "Digests for tenant {Tenant} were planned concurrently elsewhere", tenant);
            }
        }
        return planned;
    }

    public async Task<int> PlanTenantAsync(string tenant, DateTimeOffset now, CancellationToken ct = default)
    {
        var o = options.Value;
        var holidays = o.HolidaysFor(tenant);
        await using var db = dbs.For(tenant);
        var channels = await db.Set<TeamChannel>().AsNoTracking().Where(c => c.Enabled).ToListAsync(ct);
        var work = new List<(TeamChannel Channel, SendSlot Slot, string Key)>();
        foreach (var c in channels)
        {
            if (NudgeSchedule.NextWeekly(now, Turn.FindZone(c.TimeZoneId), c.DigestDay, c.DigestTime, o.Quiet, holidays) is not { } slot) continue;
            if (slot.SendAtUtc > now.UtcDateTime.AddMinutes(o.PlanAheadMinutes)) continue;
            work.Add((c, slot, Key(c, slot.LocalDate)));
        }
        if (work.Count == 0) return 0;
        var keys = work.Select(w => w.Key).ToList();
        var existing = (await db.Outbox.Where(m => keys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(ct)).ToHashSet();
        work = work.Where(w => !existing.Contains(w.Key)).ToList();
        if (work.Count == 0) return 0;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var planned = 0;
        foreach (var (channel, slot, key) in work)
        {
            var card = await builder.BuildAsync(db, channel, slot.LocalDate, now.UtcDateTime, ct);
            if (await Outbox.EnqueueAsync(db, Kind, key, channel.ChannelId, $"conversation:{channel.ConversationId}", card, now.UtcDateTime, slot.SendAtUtc, ct)) planned++;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return planned;
    }

    public static string Key(TeamChannel c, DateOnly localDate) => $"{Kind}:{c.ChannelId}:{c.ConversationId}:{localDate:yyyy-MM-dd}";
}
