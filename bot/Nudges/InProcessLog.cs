using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges;

/// <summary>Stores confirmed in-process records. A person not yet known becomes a candidate with no outcome, so the later outcome attaches to them.</summary>
public sealed class InProcessLog(RecruitingDbFactory dbs)
{
    /// <param name="beforeCommit">Runs first in the same transaction (claiming the confirmation dialog), so a second confirm stores nothing.</param>
    public async Task<InProcessRecord> TrackAsync(Author author, string name, Guid? candidateId, string? role, string? stage, DateOnly startedOn,
        Func<RecruitingDb, Task>? beforeCommit = null, CancellationToken ct = default)
    {
        await using var db = dbs.For(author.TenantId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (beforeCommit is not null) await beforeCommit(db);
        var candidate = candidateId is { } id ? await db.Candidates.SingleOrDefaultAsync(c => c.Id == id, ct) : null;
        if (candidate is null)
        {
            candidate = new Candidate
            {
                TenantId = author.TenantId, DisplayName = name, NormalizedName = NameNormalizer.Name(name), OwnerUserId = author.UserId,
                CreatedAtUtc = author.AtUtc, CreatedInBatch = Guid.NewGuid(),
            };
            db.Candidates.Add(candidate);
        }
        var record = new InProcessRecord
        {
            TenantId = author.TenantId, CandidateId = candidate.Id, RoleTitle = role, HiringManagerUserId = author.UserId,
            HiringManagerName = author.UserName, Stage = stage, StartedOn = startedOn, CreatedAtUtc = author.AtUtc,
        };
        db.Add(record);
        db.Notes.Add(new TimelineNote
        {
            TenantId = author.TenantId, CandidateId = candidate.Id, Kind = NoteKind.Note, ByUserId = author.UserId, AtUtc = author.AtUtc,
            BatchId = Guid.NewGuid(),
            Text = "in process" + (role is null ? "" : $" for {role}") + (stage is null ? "" : $" ({stage})"),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return record;
    }

    public async Task<(InProcessRecord Record, string Name)?> FindAsync(string tenant, Guid id, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenant);
        var r = await db.Set<InProcessRecord>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        var name = await db.Candidates.Where(c => c.Id == r.CandidateId).Select(c => c.DisplayName).SingleOrDefaultAsync(ct);
        return name is null ? null : (r, name);
    }

    /// <summary>The outcome logged for the candidate since the record was made, if any: the record is then resolved.</summary>
    public async Task<Outcome?> ResolvedByAsync(InProcessRecord r, CancellationToken ct = default)
    {
        await using var db = dbs.For(r.TenantId);
        return await db.OutcomeEvents.Where(e => e.CandidateId == r.CandidateId && e.RetractedAtUtc == null && e.LoggedAtUtc >= r.CreatedAtUtc)
            .OrderByDescending(e => e.LoggedAtUtc).Select(e => (Outcome?)e.Outcome).FirstOrDefaultAsync(ct);
    }
}
