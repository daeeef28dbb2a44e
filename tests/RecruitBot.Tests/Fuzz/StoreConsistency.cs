using Microsoft.Data.Sqlite;

namespace RecruitBot.Tests.Fuzz;

/// <summary>Checks a bot database after abuse: SQLite integrity, foreign keys, and the domain's own invariants.</summary>
public static class StoreConsistency
{
    private static readonly (string Name, string Sql)[] Invariants =
    [
        ("candidate without a live event or note", """
            SELECT COUNT(*) FROM "Candidates" c
            WHERE NOT EXISTS (SELECT 1 FROM "OutcomeEvents" e WHERE e."CandidateId" = c."Id" AND e."RetractedAtUtc" IS NULL)
              AND NOT EXISTS (SELECT 1 FROM "Notes" n WHERE n."CandidateId" = c."Id" AND n."RetractedAtUtc" IS NULL)
            """),
        ("event without its candidate", """SELECT COUNT(*) FROM "OutcomeEvents" e WHERE NOT EXISTS (SELECT 1 FROM "Candidates" c WHERE c."Id" = e."CandidateId")"""),
        ("note without its candidate", """SELECT COUNT(*) FROM "Notes" n WHERE NOT EXISTS (SELECT 1 FROM "Candidates" c WHERE c."Id" = n."CandidateId")"""),
        ("event with a missing role", """SELECT COUNT(*) FROM "OutcomeEvents" e WHERE e."RoleId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Roles" r WHERE r."Id" = e."RoleId")"""),
        ("event in another tenant than its candidate", """SELECT COUNT(*) FROM "OutcomeEvents" e JOIN "Candidates" c ON c."Id" = e."CandidateId" WHERE c."TenantId" <> e."TenantId" """),
    ];

    public static IReadOnlyList<string> Problems(string file)
    {
        var problems = new List<string>();
        using var c = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        c.Open();
        var integrity = Scalar(c, "PRAGMA integrity_check");
        if (integrity != "ok") problems.Add("integrity_check: " + integrity);
        using (var fk = c.CreateCommand())
        {
            fk.CommandText = "PRAGMA foreign_key_check";
            using var r = fk.ExecuteReader();
            while (r.Read()) problems.Add($"foreign_key_check: {r.GetString(0)} row {r.GetValue(1)} -> {r.GetString(2)}");
        }
        foreach (var (name, sql) in Invariants)
            if (Scalar(c, sql) is var n && n != "0") problems.Add($"{n} × {name}");
        return problems;
    }

    public static long Count(string file, string table)
    {
        using var c = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        c.Open();
        return long.Parse(Scalar(c, $"SELECT COUNT(*) FROM \"{table}\""), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
