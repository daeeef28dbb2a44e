using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack.Storage;

public sealed class SlackDbMigrationTests
{
    [Fact]
    public void Migrate_FreshDatabase_SchemaEqualsModel()
    {
        var migratedFile = SqliteSchema.NewFile();
        var modelFile = SqliteSchema.NewFile();
        using (var db = new SlackDb(SqliteSchema.Options<SlackDb>(migratedFile, SlackDb.HistoryTable))) db.Database.Migrate();
        using (var db = new SlackDb(SqliteSchema.Options<SlackDb>(modelFile, SlackDb.HistoryTable))) db.Database.EnsureCreated();
        SqliteConnection.ClearAllPools();

        var migrated = SqliteSchema.Read($"Data Source={migratedFile}");
        var model = SqliteSchema.Read($"Data Source={modelFile}");

        Assert.NotEmpty(model);
        Assert.Equal(model, migrated);
    }

    [Fact]
    public void Migrate_FreshDatabase_InboxEventIdUniquePerTenant()
    {
        var file = SqliteSchema.NewFile();
        using (var db = new SlackDb(SqliteSchema.Options<SlackDb>(file, SlackDb.HistoryTable))) db.Database.Migrate();
        SqliteConnection.ClearAllPools();
        Assert.Contains("SlackInbox index IX_SlackInbox_Tenant_Event unique=1 (TenantId,EventId)", SqliteSchema.Read($"Data Source={file}"));
    }
}
