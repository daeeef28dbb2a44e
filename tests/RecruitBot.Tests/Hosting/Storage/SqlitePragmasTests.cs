using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Teams.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Hosting.Storage;

public class SqlitePragmasTests
{
    [Fact]
    public async Task Open_PooledConnectionReused_SettingsStillInForce()
    {
        var file = SqliteSchema.NewFile();
        var options = SqliteSchema.Options<TeamsDb>(file, TeamsDb.HistoryTable);
        for (var i = 0; i < 3; i++)
        {
            await using var db = new TeamsDb(options);
            await db.Database.OpenConnectionAsync();
            Assert.Equal(1L, await ScalarAsync(db, "PRAGMA foreign_keys"));
            Assert.Equal(2L, await ScalarAsync(db, "PRAGMA synchronous"));
            Assert.Equal(5000L, await ScalarAsync(db, "PRAGMA busy_timeout"));
            Assert.Equal(1L, await ScalarAsync(db, "PRAGMA secure_delete"));
            Assert.Equal("wal", await ScalarAsync(db, "PRAGMA journal_mode"));
        }
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Open_SameNativeConnection_AppliesOnceAndAgainForANewOne()
    {
        var file = SqliteSchema.NewFile();
        var options = SqliteSchema.Options<TeamsDb>(file, TeamsDb.HistoryTable);
        await using (var db = new TeamsDb(options))
        {
            await db.Database.OpenConnectionAsync();
            // A marker only a re-application would overwrite.
            await ScalarAsync(db, "PRAGMA busy_timeout=1234");
        }
        await using (var db = new TeamsDb(options))
        {
            await db.Database.OpenConnectionAsync();
            Assert.Equal(1234L, await ScalarAsync(db, "PRAGMA busy_timeout"));
        }

        SqliteConnection.ClearAllPools();
        await using (var db = new TeamsDb(options))
        {
            await db.Database.OpenConnectionAsync();
            Assert.Equal(5000L, await ScalarAsync(db, "PRAGMA busy_timeout"));
        }
        SqliteConnection.ClearAllPools();
    }

    private static async Task<object?> ScalarAsync(DbContext db, string sql)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }
}
