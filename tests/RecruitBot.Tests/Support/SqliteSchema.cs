using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Hosting.Storage;

namespace RecruitBot.Tests.Support;

/// <summary>
/// Reads a SQLite database's schema as comparable text (tables, columns, keys, indexes, foreign keys), so a test
/// can prove a hand-written migration produces exactly what the EF model would create.
/// </summary>
public static class SqliteSchema
{
    public static string Read(string connectionString, string? ignoreTablePrefix = "__EFMigrations")
    {
        using var c = new SqliteConnection(connectionString);
        c.Open();
        var lines = new List<string>();
        var tables = Query(c, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .Select(r => r[0]).Where(t => ignoreTablePrefix is null || !t.StartsWith(ignoreTablePrefix, StringComparison.Ordinal));
        foreach (var t in tables)
        {
            foreach (var col in Query(c, $"PRAGMA table_info('{t}')").OrderBy(r => r[1], StringComparer.Ordinal))
                lines.Add($"{t}.{col[1]} type={col[2]} notnull={col[3]} pk={col[5]}");
            foreach (var fk in Query(c, $"PRAGMA foreign_key_list('{t}')").OrderBy(r => r[3], StringComparer.Ordinal))
                lines.Add($"{t} fk {fk[3]} -> {fk[2]}.{fk[4]} ondelete={fk[6]}");
            foreach (var ix in Query(c, $"PRAGMA index_list('{t}')").Where(r => r[3] != "pk").OrderBy(r => r[1], StringComparer.Ordinal))
            {
                var cols = string.Join(",", Query(c, $"PRAGMA index_info('{ix[1]}')").OrderBy(r => int.Parse(r[0])).Select(r => r[2]));
                lines.Add($"{t} index {ix[1]} unique={ix[2]} ({cols})");
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The schema a context's hand-written migrations produce and the one its model would create, read the same way,
    /// so a test can assert they are equal.
    /// </summary>
    public static (string Migrated, string Model) MigratedAndModel<T>(Func<DbContextOptions<T>, T> create, string historyTable) where T : DbContext
    {
        var migratedFile = NewFile();
        var modelFile = NewFile();
        using (var db = create(Options<T>(migratedFile, historyTable))) db.Database.Migrate();
        using (var db = create(Options<T>(modelFile, historyTable))) db.Database.EnsureCreated();
        SqliteConnection.ClearAllPools();
        return (Read($"Data Source={migratedFile}"), Read($"Data Source={modelFile}"));
    }

    public static string NewFile() => Path.Combine(Path.GetTempPath(), $"recruitbot-test-{Guid.NewGuid():N}.db");

    public static DbContextOptions<T> Options<T>(string file, string historyTable) where T : DbContext
    {
        var b = new DbContextOptionsBuilder<T>();
        DatabaseSetup.Configure(b, new DatabaseOptions(), $"Data Source={file}", historyTable);
        return b.Options;
    }

    private static List<string[]> Query(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string[]>();
        while (r.Read())
        {
            var row = new string[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++) row[i] = r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            rows.Add(row);
        }
        return rows;
    }
}
