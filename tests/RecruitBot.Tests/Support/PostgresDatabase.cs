using Microsoft.EntityFrameworkCore;
using Npgsql;
using RecruitBot.Hosting.Storage;

namespace RecruitBot.Tests.Support;

/// <summary>
/// A fresh, empty PostgreSQL database per test on the server named by <c>RECRUITBOT_TEST_POSTGRES</c>, dropped on
/// dispose, so tests never see each other's rows.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "RECRUITBOT_TEST_POSTGRES";

    private PostgresDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public string Name { get; }
    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException($"{Variable} is not set.");
        var name = $"rb_test_{Guid.NewGuid():N}";
        await using (var c = new NpgsqlConnection(server))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c);
            await cmd.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new PostgresDatabase(name, builder.ConnectionString);
    }

    public DbContextOptions<T> Options<T>(string historyTable) where T : DbContext
    {
        var b = new DbContextOptionsBuilder<T>();
        DatabaseSetup.Configure(b, new DatabaseOptions { Provider = "Postgres" }, ConnectionString, historyTable);
        return b.Options;
    }

    /// <summary>Settings that point a whole host (e.g. <see cref="BotHarness"/>) at this database.</summary>
    public Dictionary<string, string?> HostSettings() => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:RecruitBot"] = ConnectionString,
    };

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(ServerConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
