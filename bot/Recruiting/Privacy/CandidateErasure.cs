using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// Erases a person everywhere the store could hold them, driven by the model rather than a list of tables, so a
/// feature's new table is covered without touching this code: rows tied to them through any <c>*CandidateId</c>
/// column are deleted; pending dialogs and outbox messages mentioning them are deleted; their name, email and phone
/// are redacted from every other text column (provenance of shared messages, notes, referrals). Then, on SQLite, the
/// WAL is checkpointed and the file vacuumed with secure_delete on, so the bytes are gone from disk, not just unlinked.
/// Only an audit entry with the candidate's id remains.
/// </summary>
public sealed class CandidateErasure(RecruitingDbFactory dbs, IEnumerable<IErasureParticipant> participants, AuditLog audit)
{
    private const string Redacted = "[erased]";

    public async Task EraseAsync(string tenantId, Guid candidateId, string actorUserId, DateTime nowUtc, CancellationToken ct = default)
    {
        var terms = await TermsAsync(tenantId, candidateId, ct);
        await using (var db = dbs.For(tenantId))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var id = db.Database.IsSqlite() ? (object)candidateId.ToString().ToUpperInvariant() : candidateId;
            var tables = db.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.GetTableName() is not null).ToList();

            // Children first: whatever references the candidate row goes before it.
            foreach (var type in tables.OrderBy(t => t.ClrType == typeof(Candidate) ? 1 : 0))
            {
                var table = type.GetTableName()!;
                foreach (var column in type.GetProperties().Where(p => p.Name.EndsWith("CandidateId", StringComparison.Ordinal) || (type.ClrType == typeof(Candidate) && p.Name == nameof(Candidate.Id))))
                    await RunAsync(db, $"DELETE FROM \"{table}\" WHERE \"TenantId\" = {{0}} AND \"{column.GetColumnName()}\" = {{1}}", [tenantId, id], ct);
            }
            foreach (var term in terms)
            {
                var like = "%" + term.ToLowerInvariant() + "%";
                foreach (var type in tables)
                {
                    var table = type.GetTableName()!;
                    var texts = TextColumns(type).ToList();
                    if (texts.Count == 0) continue;
                    var mentions = string.Join(" OR ", texts.Select(c => $"lower(\"{c}\") LIKE {{1}}"));
                    if (type.ClrType == typeof(DialogStateRecord) || type.ClrType == typeof(Nudges.OutboxMessage))
                    {
                        await RunAsync(db, $"DELETE FROM \"{table}\" WHERE \"TenantId\" = {{0}} AND ({mentions})", [tenantId, like], ct);
                        continue;
                    }
                    foreach (var c in texts)
                        await RunAsync(db,
                            $"UPDATE \"{table}\" SET \"{c}\" = REPLACE(REPLACE(REPLACE(\"{c}\", {{2}}, {{3}}), {{4}}, {{3}}), {{5}}, {{3}}) WHERE \"TenantId\" = {{0}} AND lower(\"{c}\") LIKE {{1}}",
                            [tenantId, like, term, Redacted, term.ToLowerInvariant(), term.ToUpperInvariant()], ct);
                }
            }
            await tx.CommitAsync(ct);
        }
        foreach (var participant in participants) await participant.EraseAsync(tenantId, terms, ct);
        await audit.RecordAsync(tenantId, actorUserId, "erase", candidateId, nowUtc, ct);
        await CompactAsync(tenantId, ct);
    }

    /// <summary>Every spelling of the person the store may hold: display name, aliases, email, phone, LinkedIn.</summary>
    private async Task<List<string>> TermsAsync(string tenantId, Guid candidateId, CancellationToken ct)
    {
        await using var db = dbs.For(tenantId);
        var c = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(x => x.Id == candidateId, ct)
            ?? throw new InvalidOperationException("No such candidate in this tenant.");
        var names = new[] { c.DisplayName, c.NormalizedName }.Concat(c.Aliases.Split('|', StringSplitOptions.RemoveEmptyEntries));
        return names.Concat(new[] { c.Email, c.Phone, c.LinkedInUrl }.OfType<string>())
            .Select(t => t.Trim()).Where(t => t.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// Table and column names come from the EF model, never from input; every value is a parameter ({0}, {1}, ...).
    /// </summary>
    private static Task<int> RunAsync(RecruitingDb db, string sql, object[] parameters, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(sql, parameters, ct);

    private static IEnumerable<string> TextColumns(IEntityType type) =>
        type.GetProperties().Where(p => p.ClrType == typeof(string) && p.Name != "TenantId" && !p.IsKey()).Select(p => p.GetColumnName());

    private async Task CompactAsync(string tenantId, CancellationToken ct)
    {
        await using var db = dbs.For(tenantId);
        if (!db.Database.IsSqlite()) return;
        // secure_delete zeroes freed pages; the checkpoint drops old page images from the WAL, VACUUM rebuilds the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        await db.Database.ExecuteSqlRawAsync("VACUUM;", ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
    }
}
