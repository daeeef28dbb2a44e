using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting;

/// <summary>
/// Writes confirmed outcomes and reverts a user's last write. Each write is one transaction: candidates, roles and
/// events all land or none do. Events are never edited; undo marks them retracted.
/// </summary>
public sealed class OutcomeLog(RecruitingDbFactory dbs)
{
    /// <summary>
    /// Signalled after every committed write or undo, and by the engine after any turn that may have written to a
    /// candidate's history, so per-turn readers of derived state can skip their query when nothing moved.
    /// </summary>
    public CandidateChanges Changes { get; } = new();

    /// <param name="beforeCommit">Runs first inside the same transaction (e.g. claiming the dialog), so both land together or not at all.</param>
    public async Task<IReadOnlyList<LoggedOutcome>> WriteAsync(
        Author author, IReadOnlyList<OutcomeDraft> drafts, Func<RecruitingDb, Task>? beforeCommit = null, CancellationToken ct = default)
    {
        if (drafts.Count == 0 || drafts.Any(d => !d.IsComplete))
            throw new ArgumentException("Every outcome needs a name and an outcome before it is written.", nameof(drafts));

        await using var db = dbs.For(author.TenantId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Claim first: the claim is this transaction's first write, so a concurrent duplicate waits on it and then
        // sees it taken, instead of both reading a stale snapshot and both writing.
        if (beforeCommit is not null) await beforeCommit(db);
        var batch = Guid.NewGuid();
        var results = new List<LoggedOutcome>();
        var rolesByKey = new Dictionary<string, Role>(StringComparer.Ordinal);

        foreach (var d in drafts)
        {
            var name = d.Name!.Trim();
            var candidate = d.CandidateId is { } id ? await db.Candidates.SingleOrDefaultAsync(c => c.Id == id, ct) : null;
            var isNew = candidate is null;
            if (candidate is null)
            {
                candidate = new Candidate
                {
                    TenantId = author.TenantId, DisplayName = name, NormalizedName = NameNormalizer.Name(name),
                    OwnerUserId = author.UserId, CreatedAtUtc = author.AtUtc, CreatedInBatch = batch,
                };
                db.Candidates.Add(candidate);
            }
            else
            {
                AddAlias(candidate, name);
            }

            candidate.Email = d.Email ?? candidate.Email;
            candidate.Phone = d.Phone ?? candidate.Phone;
            candidate.LinkedInUrl = d.LinkedInUrl ?? candidate.LinkedInUrl;
            if (d.DoNotContact)
            {
                candidate.DoNotContact = true;
                candidate.DoNotContactReason ??= d.ReasonText ?? "asked not to be contacted";
            }
            candidate.NextContactOn = candidate.DoNotContact ? null : d.NextContactOn;
            candidate.NextContactWhy = candidate.DoNotContact ? "do not contact" : d.NextContactWhy;

            var role = await FindOrAddRoleAsync(db, author, batch, d.Role, rolesByKey, ct);
            db.OutcomeEvents.Add(new OutcomeEvent
            {
                TenantId = author.TenantId, CandidateId = candidate.Id, RoleId = role?.Id, Outcome = d.Outcome!.Value,
                ReasonText = d.ReasonText, ReasonCategory = d.Category, Blockers = string.Join('\n', d.Blockers),
                Feedback = d.Feedback, NextContactOn = candidate.NextContactOn, NextContactWhy = candidate.NextContactWhy ?? "",
                LoggedByUserId = author.UserId, LoggedByName = author.UserName, LoggedAtUtc = author.AtUtc,
                SourceText = author.SourceText, BatchId = batch,
            });
            results.Add(new LoggedOutcome(candidate.Id, candidate.DisplayName, role?.Title, d.Outcome!.Value, candidate.NextContactOn, isNew));
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Changes.Signal(author.TenantId);
        return results;
    }

    /// <summary>Retracts the user's most recent live write; null when there is nothing to undo.</summary>
    public async Task<UndoResult?> UndoLastAsync(Author author, CancellationToken ct = default)
    {
        await using var db = dbs.For(author.TenantId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var last = await db.OutcomeEvents
            .Where(e => e.LoggedByUserId == author.UserId && e.RetractedAtUtc == null)
            .OrderByDescending(e => e.LoggedAtUtc).Select(e => (Guid?)e.BatchId).FirstOrDefaultAsync(ct);
        if (last is not { } batch) return null;

        var events = await db.OutcomeEvents.Where(e => e.BatchId == batch).ToListAsync(ct);
        var descriptions = new List<string>();
        foreach (var e in events)
        {
            e.RetractedAtUtc = author.AtUtc;
            var candidate = await db.Candidates.SingleAsync(c => c.Id == e.CandidateId, ct);
            descriptions.Add($"{candidate.DisplayName}, {DomainNames.Of(e.Outcome)}");
        }
        await db.SaveChangesAsync(ct);

        foreach (var candidateId in events.Select(e => e.CandidateId).Distinct())
            await RecomputeAsync(db, candidateId, batch, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Changes.Signal(author.TenantId);
        return new UndoResult(descriptions);
    }

    private static async Task RecomputeAsync(RecruitingDb db, Guid candidateId, Guid batch, CancellationToken ct)
    {
        var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId, ct);
        var latest = await db.OutcomeEvents.Where(e => e.CandidateId == candidateId && e.RetractedAtUtc == null)
            .OrderByDescending(e => e.LoggedAtUtc).FirstOrDefaultAsync(ct);
        var hasNotes = await db.Notes.AnyAsync(n => n.CandidateId == candidateId && n.RetractedAtUtc == null, ct);
        if (latest is null && !hasNotes && candidate.CreatedInBatch == batch)
        {
            // The undone write introduced this person and nothing else refers to them: remove them entirely.
            db.Candidates.Remove(candidate);
            return;
        }
        candidate.NextContactOn = candidate.DoNotContact ? null : latest?.NextContactOn;
        candidate.NextContactWhy = latest?.NextContactWhy;
    }

    private static async Task<Role?> FindOrAddRoleAsync(
        RecruitingDb db, Author author, Guid batch, string? title, Dictionary<string, Role> added, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var key = NameNormalizer.Title(title);
        if (key.Length == 0) return null;
        if (added.TryGetValue(key, out var pending)) return pending;
        var role = await db.Roles.FirstOrDefaultAsync(r => r.NormalizedTitle == key, ct);
        if (role is null)
        {
            role = new Role { TenantId = author.TenantId, Title = title.Trim(), NormalizedTitle = key, CreatedAtUtc = author.AtUtc, CreatedInBatch = batch };
            db.Roles.Add(role);
        }
        added[key] = role;
        return role;
    }

    private static void AddAlias(Candidate candidate, string name)
    {
        var key = NameNormalizer.Name(name);
        if (key == candidate.NormalizedName) return;
        var aliases = candidate.Aliases.Split('|', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (aliases.Contains(key)) return;
        aliases.Add(key);
        candidate.Aliases = string.Join('|', aliases);
    }
}
