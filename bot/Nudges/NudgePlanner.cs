using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Privacy;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges;

/// <summary>
/// Plans the daily nudge and stale-decision cards: per tenant, per reachable recruiter, at their local send time on
/// working days. Decisions are the pure <see cref="NudgeSchedule"/> and <see cref="NudgeRules"/>; this class reads the
/// store and writes the card record and its outbox row in one transaction, keyed so planning twice enqueues once.
/// </summary>
public sealed class NudgePlanner(
    IDbContextFactory<RecruitingDb> contexts, RecruitingDbFactory dbs, TenantScanDbFactory scans, TenantRetention retention,
    IOptions<NudgesOptions> options, ILogger<NudgePlanner> logger)
{
    public async Task<PlanReport> PlanAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var report = PlanReport.Empty;
        var o = options.Value;
        var until = await DueTenants.LatestLocalDateAsync(contexts, now, o.PlanAheadMinutes, ct);
        foreach (var chunk in (await DueTenants.ScanAsync(contexts, until, o.StaleAfterDays, ct)).Chunk(TenantScanDbFactory.ChunkSize))
        {
            // Most ticks plan nothing new: a few reads over the whole chunk find the tenants that may, instead of
            // opening every tenant in turn.
            HashSet<string> toPlan;
            await using (var scan = scans.For(chunk)) toPlan = await NudgePlanScan.TenantsToPlanAsync(scan, now, o, ct);
            foreach (var tenant in chunk)
            {
                if (!toPlan.Contains(tenant))
                {
                    report = report.Add(new PlanReport(1, 0, 0));
                    continue;
                }
                try
                {
                    report = report.Add(await PlanTenantAsync(tenant, now, ct));
                }
            catch (DbUpdateException e)
            {
                // Another instance planned the same keys first; its cards stand and ours are rolled back.
                    logger.LogInformation(e, "Nudges for tenant {Tenant} were planned concurrently elsewhere", tenant);
                }
            }
        }
        return report;
    }

    public async Task<PlanReport> PlanTenantAsync(string tenant, DateTimeOffset now, CancellationToken ct = default)
    {
        var o = options.Value;
        await using var db = dbs.For(tenant);
        // One open for the tenant's few reads: every open re-applies the connection pragmas.
        await db.Database.OpenConnectionAsync(ct);
        var slots = Slots(await db.Members.AsNoTracking().ToListAsync(ct), tenant, now, o);
        if (slots.Count == 0) return new PlanReport(1, 0, 0);

        var keys = slots.SelectMany(x => new[] { NudgeKey(x, NudgeRecord.NudgeKind), NudgeKey(x, NudgeRecord.StaleKind) }).ToList();
        var existing = (await db.Outbox.Where(m => keys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(ct)).ToHashSet();
        if (keys.All(existing.Contains)) return new PlanReport(1, 0, 0);
        var open = slots.Where(x => !existing.Contains(NudgeKey(x, NudgeRecord.NudgeKind))).ToList();
        var staleOpen = slots.Where(x => !existing.Contains(NudgeKey(x, NudgeRecord.StaleKind))).ToList();
        // Most ticks find nothing new (cards planned, nobody stale): look before taking the write lock.
        if (!await AnythingToPlanAsync(db, open, staleOpen, ct)) return new PlanReport(1, 0, 0);

        // Read and write in one transaction, so each card shows exactly the state it was planned from.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var due = await NudgeQueries.DueAsync(db, open.Select(x => x.Member.UserId).ToList(), open.Count == 0 ? default : open.Max(x => x.Slot.LocalDate), ct);
        var nudges = 0;
        var months = await retention.MonthsAsync(db, ct);
        foreach (var (member, slot) in open)
        {
            var items = due.Where(c => c.OwnerUserId == member.UserId && NudgeRules.IsDue(c, slot.LocalDate, now.UtcDateTime, months)).ToList();
            if (items.Count == 0) continue;
            var shown = items.Take(o.MaxCandidatesPerCard).ToList();
            var record = Record(tenant, NudgeRecord.NudgeKind, member, slot, shown.Select(c => c.Id), now);
            db.Add(record);
            var card = NudgeCards.Nudge(record.Id, shown, new Dictionary<Guid, string>(), slot.LocalDate, items.Count - shown.Count);
            if (await Outbox.EnqueueAsync(db, "nudge", NudgeKey((member, slot), NudgeRecord.NudgeKind), member.ChannelId,
                    NudgeRecipients.UserRecipient(member.UserId), card, now.UtcDateTime, slot.SendAtUtc, ct)) nudges++;
        }
        var stale = await PlanStaleAsync(db, tenant, staleOpen, now, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new PlanReport(1, nudges, stale);
    }

    /// <summary>A superset test of what the transaction below would plan: any candidate or in-process record that may be due.</summary>
    private async Task<bool> AnythingToPlanAsync(RecruitingDb db, List<(Member Member, SendSlot Slot)> open, List<(Member Member, SendSlot Slot)> staleOpen, CancellationToken ct)
    {
        if (open.Count > 0)
        {
            var owners = open.Select(x => x.Member.UserId).ToList();
            var until = open.Max(x => x.Slot.LocalDate);
            if (await db.Candidates.AnyAsync(c => c.NextContactOn != null && c.NextContactOn <= until && !c.DoNotContact
                    && c.OwnerUserId != null && owners.Contains(c.OwnerUserId), ct)) return true;
        }
        if (staleOpen.Count == 0) return false;
        var managers = staleOpen.Select(x => x.Member.UserId).ToList();
        var staleBy = staleOpen.Max(x => x.Slot.LocalDate).AddDays(-options.Value.StaleAfterDays);
        return await db.Set<InProcessRecord>().AnyAsync(r => r.StartedOn <= staleBy && (r.LastPromptedOn == null || r.LastPromptedOn <= staleBy)
            && managers.Contains(r.HiringManagerUserId), ct);
    }

    private async Task<int> PlanStaleAsync(RecruitingDb db, string tenant, List<(Member Member, SendSlot Slot)> slots, DateTimeOffset now, CancellationToken ct)
    {
        if (slots.Count == 0) return 0;
        var o = options.Value;
        var managers = slots.Select(x => x.Member.UserId).ToList();
        var latest = slots.Max(x => x.Slot.LocalDate).AddDays(-o.StaleAfterDays);
        var records = await db.Set<InProcessRecord>().Where(r => r.StartedOn <= latest && managers.Contains(r.HiringManagerUserId)).ToListAsync(ct);
        var prompts = 0;
        foreach (var (member, slot) in slots)
        {
            var mine = new List<(InProcessRecord Record, string Name)>();
            foreach (var r in records.Where(r => r.HiringManagerUserId == member.UserId && NudgeRules.StalePromptDue(r, slot.LocalDate, o.StaleAfterDays)))
            {
                if (await NudgeQueries.HasOutcomeSinceAsync(db, r.CandidateId, r.CreatedAtUtc, ct)) continue;
                var name = await db.Candidates.Where(c => c.Id == r.CandidateId).Select(c => c.DisplayName).SingleOrDefaultAsync(ct);
                if (name is null) continue;
                mine.Add((r, name));
            }
            if (mine.Count == 0) continue;
            mine = mine.OrderBy(x => x.Record.StartedOn).Take(o.MaxCandidatesPerCard).ToList();
            foreach (var (r, _) in mine) r.LastPromptedOn = slot.LocalDate;
            var record = Record(tenant, NudgeRecord.StaleKind, member, slot, mine.Select(x => x.Record.Id), now);
            db.Add(record);
            if (await Outbox.EnqueueAsync(db, NudgeRecord.StaleKind, NudgeKey((member, slot), NudgeRecord.StaleKind), member.ChannelId,
                    NudgeRecipients.UserRecipient(member.UserId), NudgeCards.Stale(record.Id, mine, new Dictionary<Guid, string>(), slot.LocalDate), now.UtcDateTime, slot.SendAtUtc, ct)) prompts++;
        }
        return prompts;
    }

    /// <summary>The tenant's reachable recruiters whose next send slot falls within the planning window.</summary>
    internal static List<(Member Member, SendSlot Slot)> Slots(IEnumerable<Member> members, string tenant, DateTimeOffset now, NudgesOptions o)
    {
        var holidays = o.HolidaysFor(tenant);
        var slots = new List<(Member Member, SendSlot Slot)>();
        foreach (var m in NudgeRecipients.Pick(members).Values)
        {
            var slot = NudgeSchedule.NextWorkingDay(now, Turn.FindZone(m.TimeZoneId), o.SendTime, o.Quiet, o.WorkDays, holidays);
            if (slot is { } s && s.SendAtUtc <= now.UtcDateTime.AddMinutes(o.PlanAheadMinutes)) slots.Add((m, s));
        }
        return slots;
    }

    private static NudgeRecord Record(string tenant, string kind, Member m, SendSlot slot, IEnumerable<Guid> ids, DateTimeOffset now) => new()
    {
        TenantId = tenant, Kind = kind, UserId = m.UserId, ChannelId = m.ChannelId, LocalDate = slot.LocalDate,
        Items = string.Join('|', ids), CreatedAtUtc = now.UtcDateTime,
    };

    internal static string NudgeKey((Member Member, SendSlot Slot) x, string kind) =>
        NudgeRecipients.Key(kind == NudgeRecord.NudgeKind ? "nudge" : "stale", x.Member.ChannelId, x.Member.UserId, x.Slot.LocalDate);
}
