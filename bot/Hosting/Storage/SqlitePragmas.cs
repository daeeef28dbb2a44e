using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RecruitBot.Hosting.Storage;

/// <summary>
/// Sets up every SQLite connection: WAL so readers never block the writer, synchronous=FULL so a confirmed
/// write survives power loss, foreign keys on, a busy timeout instead of instant SQLITE_BUSY, and secure_delete so
/// erased personal data is overwritten in the file rather than merely unlinked.
/// These are settings of the native connection, which the pool hands out again and again (EF opens it for every
/// query); they are applied once per native connection rather than once per query, which cost a statement batch
/// on every query of every turn.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string Sql =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA secure_delete=ON;";

    // Keyed by the native handle object: it lives exactly as long as the pooled native connection.
    private static readonly ConditionalWeakTable<object, object> Applied = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsApplied(connection)) return;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        cmd.ExecuteNonQuery();
        MarkApplied(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsApplied(connection)) return;
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
        MarkApplied(connection);
    }

    private static bool IsApplied(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Applied.TryGetValue(handle, out _);

    private static void MarkApplied(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) Applied.AddOrUpdate(handle, Applied);
    }
}
