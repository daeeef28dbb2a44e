using Npgsql;

namespace RecruitBot.Tests.Support;

/// <summary>
/// Reads a PostgreSQL database's public schema as comparable text (columns with types, nullability and defaults,
/// constraints, index definitions) so a test can prove hand-written migrations produce what the EF model creates.
/// </summary>
public static class PostgresSchema
{
    public static async Task<string> ReadAsync(string connectionString, string ignoreTablePrefix = "__EFMigrations")
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        var lines = new List<string>();
        lines.AddRange(await QueryAsync(c, """
            SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || ' null=' || is_nullable || ' default=' || coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """));
        lines.AddRange(await QueryAsync(c, """
            SELECT tc.table_name || ' ' || tc.constraint_type || ' ' || tc.constraint_name || ' ('
                   || string_agg(kcu.column_name, ',' ORDER BY kcu.ordinal_position) || ')'
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu
              ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name
            WHERE tc.table_schema = 'public'
            GROUP BY tc.table_name, tc.constraint_type, tc.constraint_name
            """));
        lines.AddRange(await QueryAsync(c, """
            SELECT rc.constraint_name || ' on delete ' || rc.delete_rule FROM information_schema.referential_constraints rc
            WHERE rc.constraint_schema = 'public'
            """));
        lines.AddRange(await QueryAsync(c, "SELECT tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"));
        return string.Join('\n', lines
            .Where(l => !l.StartsWith(ignoreTablePrefix, StringComparison.Ordinal) && !l.Contains($"\"{ignoreTablePrefix}", StringComparison.Ordinal)
                && !l.Contains($" {ignoreTablePrefix}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> QueryAsync(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await r.ReadAsync()) rows.Add(r.GetString(0));
        return rows;
    }
}
