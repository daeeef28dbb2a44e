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
        var (migrated, model) = SqliteSchema.MigratedAndModel<TeamsDb>(o => new(o), TeamsDb.HistoryTable);

        Assert.Contains("TeamsConversations.Gone", model);
        Assert.Equal(model, migrated);
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
