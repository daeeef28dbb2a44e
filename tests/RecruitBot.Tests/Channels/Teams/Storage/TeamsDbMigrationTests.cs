using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Teams.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Teams.Storage;

public sealed class TeamsDbMigrationTests
{
    [Fact]
    public void Migrate_FreshDatabase_SchemaEqualsModel()
    {
        var migratedFile = SqliteSchema.NewFile();
        var modelFile = SqliteSchema.NewFile();
        using (var db = new TeamsDb(SqliteSchema.Options<TeamsDb>(migratedFile, TeamsDb.HistoryTable))) db.Database.Migrate();
        using (var db = new TeamsDb(SqliteSchema.Options<TeamsDb>(modelFile, TeamsDb.HistoryTable))) db.Database.EnsureCreated();
        SqliteConnection.ClearAllPools();

        var model = SqliteSchema.Read($"Data Source={modelFile}");
        Assert.Contains("TeamsConversations.Gone", model);
        Assert.Equal(model, SqliteSchema.Read($"Data Source={migratedFile}"));
    }

    [Fact]
    public void Migrate_FreshDatabase_UsesOwnHistoryTable()
    {
        var file = SqliteSchema.NewFile();
        using (var db = new TeamsDb(SqliteSchema.Options<TeamsDb>(file, TeamsDb.HistoryTable))) db.Database.Migrate();
        SqliteConnection.ClearAllPools();
        Assert.Contains("__EFMigrationsHistory_Teams", SqliteSchema.Read($"Data Source={file}", ignoreTablePrefix: null));
    }
}
