using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RecruitBot.Hosting.Storage;

/// <summary>
/// Runs on every SQLite connection open: WAL so readers never block the writer, synchronous=FULL so a confirmed
/// write survives power loss, foreign keys on, a busy timeout instead of instant SQLITE_BUSY, and secure_delete so
/// erased personal data is overwritten in the file rather than merely unlinked.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Sql =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA secure_delete=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        cmd.ExecuteNonQuery();
    }
}
