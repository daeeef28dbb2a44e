using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using RecruitBot.Hosting;
using RecruitBot.Hosting.Storage;

namespace RecruitBot.Bench.Nudges;

/// <summary>
/// A seeded SQLite file shared by the nudge benchmarks: tenants × candidates, a fixed number due "today" per tenant in
/// the first <c>dueTenants</c> tenants (all by default), the rest due later (or never), one recruiter and one team
/// channel per tenant. Seeded once per shape with raw SQL in one transaction and reused by later benchmark processes;
/// migrations run on every open so a file seeded before a new index gets it.
/// </summary>
public static class NudgeBenchStore
{
    public static readonly DateOnly Today = new(2025, 11, 18);

    public static async Task<ServiceProvider> OpenAsync(int tenants, int perTenant, int duePerTenant, int? dueTenants = null)
    {
        var inDue = dueTenants ?? tenants;
        var shape = inDue == tenants ? "" : $"-in{inDue}";
        var file = Path.Combine(Path.GetTempPath(), $"recruitbot-nudge-bench-{tenants}x{perTenant}-{duePerTenant}{shape}.db");
        var services = Services(file);
        if (!File.Exists(file + ".done"))
        {
            if (File.Exists(file)) File.Delete(file);
            await DatabaseMigrator.MigrateAsync(services);
            Seed(file, tenants, perTenant, duePerTenant, inDue);
            await File.WriteAllTextAsync(file + ".done", "ok");
        }
        else await DatabaseMigrator.MigrateAsync(services);
        return services;
    }

    private static ServiceProvider Services(string file)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RecruitBot"] = $"Data Source={file}", ["Nudges:RunScheduler"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddRecruitBotCore(configuration, new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddNudges(configuration);
        return services.BuildServiceProvider();
    }

    private static void Seed(string file, int tenants, int perTenant, int duePerTenant, int dueTenants)
    {
        using var c = new SqliteConnection($"Data Source={file}");
        c.Open();
        using var tx = c.BeginTransaction();
        var cand = Command(c, tx, "INSERT INTO Candidates (Id, TenantId, DisplayName, NormalizedName, Aliases, DoNotContact, OwnerUserId, CreatedAtUtc, CreatedInBatch, NextContactOn, NextContactWhy) VALUES ($id,$t,$n,$nn,'',0,$o,$at,$b,$next,'policy')",
            "$id", "$t", "$n", "$nn", "$o", "$at", "$b", "$next");
        var ev = Command(c, tx, "INSERT INTO OutcomeEvents (Id, TenantId, CandidateId, Outcome, ReasonText, Blockers, NextContactOn, NextContactWhy, LoggedByUserId, LoggedAtUtc, BatchId) VALUES ($id,$t,$c,'RunnerUp','strong SQL',$bl,$next,'policy',$o,$at,$b)",
            "$id", "$t", "$c", "$bl", "$next", "$o", "$at", "$b");
        var member = Command(c, tx, "INSERT INTO Members (TenantId, ChannelId, UserId, DisplayName, TimeZoneId, FirstSeenUtc, LastSeenUtc) VALUES ($t,'msteams',$u,$u,'UTC',$at,$at)", "$t", "$u", "$at");
        var channel = Command(c, tx, "INSERT INTO TeamChannels (TenantId, ChannelId, ConversationId, Name, TimeZoneId, DigestDay, DigestTime, Enabled, ShowNames, RegisteredAtUtc, UpdatedAtUtc) VALUES ($t,'msteams',$conv,'Recruiting','UTC','Monday','09:00:00',1,0,$at,$at)", "$t", "$conv", "$at");
        var random = new Random(42);
        var at = "2025-08-18 10:00:00";
        for (var t = 0; t < tenants; t++)
        {
            var tenant = $"tenant-{t:D4}";
            var owner = $"rec-{t:D4}";
            Run(member, tenant, owner, at);
            Run(channel, tenant, $"19:channel-{t:D4}", at);
            for (var i = 0; i < perTenant; i++)
            {
                var id = Guid.NewGuid().ToString().ToUpperInvariant();
                var due = i < duePerTenant && t < dueTenants;
                // Not due: most are weeks to two years out, a fifth have no follow-up at all.
                string? next = due ? Today.AddDays(-random.Next(0, 3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : random.Next(5) == 0 ? null : Today.AddDays(random.Next(1, 730)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var batch = Guid.NewGuid().ToString().ToUpperInvariant();
                Run(cand, id, tenant, $"Candidate {t}-{i}", $"candidate {t} {i}", owner, at, batch, next);
                if (due || i % 10 == 0)
                    Run(ev, Guid.NewGuid().ToString().ToUpperInvariant(), tenant, id, due && i % 3 == 0 ? "can't relocate" : "", next, owner, at, batch);
            }
        }
        tx.Commit();
    }

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction tx, string sql, params string[] names)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var n in names) cmd.Parameters.Add(new SqliteParameter(n, null));
        cmd.Prepare();
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }
}
