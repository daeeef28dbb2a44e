using Microsoft.Data.Sqlite;

namespace RecruitBot.Tests.Support;

/// <summary>Every row of the recruiting tables as text, to prove a turn changed nothing.</summary>
public static class StoreSnapshot
{
    private static readonly string[] Tables = ["Candidates", "Roles", "OutcomeEvents", "Notes", "Dialogs"];

    public static string Take(string file)
    {
        using var c = new SqliteConnection($"Data Source={file};Pooling=False");
        c.Open();
        var sb = new System.Text.StringBuilder();
        foreach (var table in Tables)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                sb.Append(table).Append(':');
                for (var i = 0; i < r.FieldCount; i++) sb.Append(r.IsDBNull(i) ? "∅" : r.GetValue(i)).Append('|');
                sb.AppendLine();
            }
        }
        return sb.ToString();
    }

    public static long Count(string file, string table)
    {
        using var c = new SqliteConnection($"Data Source={file};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)cmd.ExecuteScalar()!;
    }
}
