using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges;

/// <summary>
/// Rebuilds nudge and stale-decision cards from their stored record and the current state (so a pressed card shows
/// what was done), and makes today's cards for the terminal, which shows them when <c>chat</c> starts.
/// </summary>
public sealed class NudgeBoard(RecruitingDbFactory dbs, NudgeActionLog actions, Recruiting.Privacy.TenantRetention retention, IOptions<NudgesOptions> options, TimeProvider clock)
{
    public async Task<NudgeRecord?> FindAsync(string tenant, Guid nudgeId, CancellationToken ct)
    {
        await using var db = dbs.For(tenant);
        return await db.Set<NudgeRecord>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == nudgeId, ct);
    }

    public async Task<DueCandidate?> LoadAsync(string tenant, Guid candidateId, CancellationToken ct)
    {
        await using var db = dbs.For(tenant);
        return (await NudgeQueries.LoadAsync(db, [candidateId], ct)).SingleOrDefault();
    }

    public async Task<CardReply> NudgeCardAsync(NudgeRecord record, DateOnly today, CancellationToken ct, (Guid, NudgeItemMode)? focus = null)
    {
        await using var db = dbs.For(record.TenantId);
        var items = await NudgeQueries.LoadAsync(db, record.ItemIds, ct);
        var applied = await actions.AppliedAsync(record.TenantId, items.Select(c => NudgeActionLog.ItemKey(record.Id, c.Id)).ToList(), ct);
        var done = items.Where(c => applied.ContainsKey(NudgeActionLog.ItemKey(record.Id, c.Id)))
            .ToDictionary(c => c.Id, c => applied[NudgeActionLog.ItemKey(record.Id, c.Id)]);
        return NudgeCards.Nudge(record.Id, items, done, today, 0, focus);
    }

    public async Task<CardReply> StaleCardAsync(NudgeRecord record, DateOnly today, CancellationToken ct, Guid? more = null)
    {
        await using var db = dbs.For(record.TenantId);
        var ids = record.ItemIds.ToList();
        var rows = await db.Set<InProcessRecord>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        var items = new List<(InProcessRecord, string)>();
        var done = new Dictionary<Guid, string>();
        foreach (var r in ids.Select(id => rows.SingleOrDefault(x => x.Id == id)).OfType<InProcessRecord>())
        {
            var name = await db.Candidates.Where(c => c.Id == r.CandidateId).Select(c => c.DisplayName).SingleOrDefaultAsync(ct);
            if (name is null) continue;
            items.Add((r, name));
            var outcome = await db.OutcomeEvents.Where(e => e.CandidateId == r.CandidateId && e.RetractedAtUtc == null && e.LoggedAtUtc >= r.CreatedAtUtc)
                .OrderByDescending(e => e.LoggedAtUtc).Select(e => (Recruiting.Outcome?)e.Outcome).FirstOrDefaultAsync(ct);
            if (outcome is { } o) done[r.Id] = $"outcome logged: {Recruiting.DomainNames.Of(o)}";
        }
        return NudgeCards.Stale(record.Id, items, done, today, more);
    }

    /// <summary>
    /// What is due for a terminal user today, as cards with working buttons (nudge first, then stale decisions); empty
    /// when nothing is due. Calling it again the same day returns the same cards, with what was done since.
    /// </summary>
    public async Task<IReadOnlyList<CardReply>> ForTerminalAsync(string tenant, string userId, DateTime localNow, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(localNow);
        var o = options.Value;
        var cards = new List<CardReply>();
        await using (var db = dbs.For(tenant))
        {
            var mine = await db.Set<NudgeRecord>().AsNoTracking()
                .Where(n => n.UserId == userId && n.ChannelId == NudgeRecipients.Terminal && n.LocalDate == today).ToListAsync(ct);
            var nudge = mine.FirstOrDefault(n => n.Kind == NudgeRecord.NudgeKind);
            var stale = mine.FirstOrDefault(n => n.Kind == NudgeRecord.StaleKind);
            if (nudge is null)
            {
                var months = await retention.MonthsAsync(db, ct);
                var due = (await NudgeQueries.DueAsync(db, [userId], today, ct))
                    .Where(c => NudgeRules.IsDue(c, today, clock.GetUtcNow().UtcDateTime, months)).Take(o.MaxCandidatesPerCard).ToList();
                if (due.Count > 0) nudge = Add(db, tenant, userId, NudgeRecord.NudgeKind, today, due.Select(c => c.Id));
            }
            if (stale is null)
            {
                var open = new List<Guid>();
                var cutoff = today.AddDays(-o.StaleAfterDays);
                foreach (var r in await db.Set<InProcessRecord>().Where(r => r.HiringManagerUserId == userId && r.StartedOn <= cutoff).OrderBy(r => r.StartedOn).ToListAsync(ct))
                    if (!await NudgeQueries.HasOutcomeSinceAsync(db, r.CandidateId, r.CreatedAtUtc, ct)) open.Add(r.Id);
                if (open.Count > 0) stale = Add(db, tenant, userId, NudgeRecord.StaleKind, today, open.Take(o.MaxCandidatesPerCard));
            }
            await db.SaveChangesAsync(ct);
            if (nudge is not null) cards.Add(await NudgeCardAsync(nudge, today, ct));
            if (stale is not null) cards.Add(await StaleCardAsync(stale, today, ct));
        }
        return cards;
    }

    private NudgeRecord Add(RecruitingDb db, string tenant, string userId, string kind, DateOnly today, IEnumerable<Guid> ids)
    {
        var record = new NudgeRecord
        {
            TenantId = tenant, Kind = kind, UserId = userId, ChannelId = NudgeRecipients.Terminal, LocalDate = today,
            Items = string.Join('|', ids), CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(record);
        return record;
    }
}
