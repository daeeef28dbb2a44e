using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RecruitBot.Hosting.Storage;

/// <summary>
/// Configures any of the bot's DbContexts for the chosen provider. Each context keeps its own migrations history
/// table, so the recruiting core and each channel can evolve their tables independently in one database.
/// </summary>
public static class DatabaseSetup
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions db, string? connectionString, string historyTable)
    {
        if (db.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:RecruitBot is not set.");
            options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(historyTable));
        }
        else if (db.IsSqlite)
        {
            options.UseSqlite(SqliteConnectionString(connectionString), o => o.MigrationsHistoryTable(historyTable));
            options.AddInterceptors(new SqlitePragmas());
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{db.Provider}' is not supported; use Sqlite or Postgres.");
        }

        // Migrations are written by hand without a model snapshot; a test proves the migrated schema equals the
        // model's, which is the check this warning would otherwise stand in for.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>The SQLite connection string, creating the default file's folder on first run.</summary>
    public static string SqliteConnectionString(string? configured)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={DatabaseOptions.DefaultSqlitePath}"
            : configured);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        builder.Pooling = true;
        return builder.ToString();
    }
}
