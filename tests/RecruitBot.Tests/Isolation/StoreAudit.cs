using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace RecruitBot.Tests.Isolation;

/// <summary>
/// Reads every table of the SQLite file straight through SQL, below EF Core and its tenant query filter, so what it
/// sees is what is stored, whichever tenant a row claims to belong to.
/// </summary>
public static class StoreAudit
{
    /// <summary>
    /// A digest of every row of every table except Members: any turn touches its sender's member row (last seen),
    /// which is the sender's own tenant and not a change the turn made on anyone's behalf.
    /// </summary>
    public static string Digest(string file)
    {
        using var c = Open(file);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in Tables(c).Where(t => t != "Members"))
        {
            foreach (var row in Rows(c, table)) hash.AppendData(Encoding.UTF8.GetBytes(table + ":" + row.Text + "\n"));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A digest of one tenant's rows in every table, Members included: another tenant's turn must not move it.</summary>
    public static string TenantDigest(string file, string tenantId)
    {
        using var c = Open(file);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in Tables(c))
        {
            foreach (var row in Rows(c, table).Where(r => r.Tenant == tenantId)) hash.AppendData(Encoding.UTF8.GetBytes(table + ":" + row.Text + "\n"));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Every row of every table with a TenantId column, as (table, tenant, all columns as text).</summary>
    public static List<(string Table, string Tenant, string Text)> TenantRows(string file)
    {
        using var c = Open(file);
        var rows = new List<(string, string, string)>();
        foreach (var table in Tables(c))
        {
            foreach (var row in Rows(c, table).Where(r => r.Tenant is not null)) rows.Add((table, row.Tenant!, row.Text));
        }
        return rows;
    }

    private static SqliteConnection Open(string file)
    {
        var c = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        c.Open();
        return c;
    }

    private static List<string> Tables(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' ORDER BY name";
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read()) names.Add(r.GetString(0));
        return names;
    }

    private static IEnumerable<(string? Tenant, string Text)> Rows(SqliteConnection c, string table)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
        using var r = cmd.ExecuteReader();
        var tenantColumn = Enumerable.Range(0, r.FieldCount).FirstOrDefault(i => r.GetName(i) == "TenantId", -1);
        while (r.Read())
        {
            var sb = new StringBuilder();
            for (var i = 0; i < r.FieldCount; i++) sb.Append(r.IsDBNull(i) ? "∅" : r.GetValue(i) is byte[] b ? Encoding.UTF8.GetString(b) : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
            yield return (tenantColumn >= 0 && !r.IsDBNull(tenantColumn) ? r.GetString(tenantColumn) : null, sb.ToString());
        }
    }
}
