namespace RecruitBot.Hosting.Storage;

/// <summary>
/// Which database to use. The connection string itself is <c>ConnectionStrings:RecruitBot</c>
/// (environment: <c>ConnectionStrings__RecruitBot</c>); when it is absent, SQLite at <see cref="DefaultSqlitePath"/>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded, the default) or <c>Postgres</c> (several instances sharing the load).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public bool IsSqlite => string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase);

    /// <summary>~/.local/share/recruitbot/recruitbot.db on Linux, %LOCALAPPDATA%\recruitbot\recruitbot.db on Windows.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "recruitbot", "recruitbot.db");
}
