using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// Everything held about one person, as JSON: every row tied to them through any <c>*CandidateId</c> column (so a
/// feature's new table is included automatically), plus rows elsewhere that mention their name or email (e.g. the
/// provenance of a message that named several people).
/// </summary>
public sealed class CandidateExport(RecruitingDbFactory dbs, AuditLog audit, TenantRetention retention)
{
    public async Task<string> ExportAsync(string tenantId, Guid candidateId, string actorUserId, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, ct)
            ?? throw new InvalidOperationException("No such candidate in this tenant.");
        var id = db.Database.IsSqlite() ? (object)candidateId.ToString().ToUpperInvariant() : candidateId;
        var linked = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
        var terms = new[] { candidate.DisplayName, candidate.Email }.OfType<string>().ToList();

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        foreach (var type in db.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.GetTableName() is not null))
        {
            var table = type.GetTableName()!;
            var idColumns = type.GetProperties()
                .Where(p => p.Name.EndsWith("CandidateId", StringComparison.Ordinal) || (type.ClrType == typeof(Candidate) && p.Name == nameof(Candidate.Id)))
                .Select(p => p.GetColumnName()).ToList();
            if (idColumns.Count > 0)
            {
                var rows = await QueryAsync(connection, $"SELECT * FROM \"{table}\" WHERE \"TenantId\" = @t AND ({string.Join(" OR ", idColumns.Select(c => $"\"{c}\" = @id"))})", tenantId, id, ct);
                if (rows.Count > 0) linked[table] = rows;
            }
            var texts = type.GetProperties().Where(p => p.ClrType == typeof(string) && p.Name != "TenantId").Select(p => p.GetColumnName()).ToList();
            foreach (var term in terms)
            {
                if (texts.Count == 0 || type.ClrType == typeof(Candidate)) break;
                var where = string.Join(" OR ", texts.Select(c => $"lower(\"{c}\") LIKE @id"));
                var rows = await QueryAsync(connection, $"SELECT * FROM \"{table}\" WHERE \"TenantId\" = @t AND ({where})", tenantId, "%" + term.ToLowerInvariant() + "%", ct);
                rows = rows.Where(r => !linked.GetValueOrDefault(table, []).Any(l => Equals(l.GetValueOrDefault("Id"), r.GetValueOrDefault("Id")))).ToList();
                if (rows.Count > 0) mentions[$"{table} (mentions \"{term}\")"] = rows;
            }
        }
        var facts = await RetentionReader.LoadAsync(db, candidateId, ct);
        var months = await retention.MonthsAsync(db, ct);
        await audit.RecordAsync(tenantId, actorUserId, "export", candidateId, nowUtc, ct);
        return JsonSerializer.Serialize(new
        {
            exportedAtUtc = nowUtc,
            tenant = tenantId,
            candidate = candidate.DisplayName,
            source = ConsentCards.SourceText(candidate.Source),
            poolConsent = new
            {
                status = candidate.PoolConsent.ToString().ToLowerInvariant(),
                atUtc = candidate.ConsentAtUtc,
                until = candidate.ConsentUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
            keptUntil = facts is null ? null : RetentionRule.ExpiresOn(facts.LastContactOrCreatedUtc, facts.ConsentUntil, months)
                .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            linkedRows = linked,
            mentionedIn = mentions,
        }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static async Task<List<Dictionary<string, object?>>> QueryAsync(DbConnection connection, string sql, string tenant, object value, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        // Identifiers come from the EF model; values are parameters.
        cmd.CommandText = sql;
        var t = cmd.CreateParameter(); t.ParameterName = "@t"; t.Value = tenant; cmd.Parameters.Add(t);
        var v = cmd.CreateParameter(); v.ParameterName = "@id"; v.Value = value; cmd.Parameters.Add(v);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync(ct))
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
