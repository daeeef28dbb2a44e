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
        var (migrated, model) = SqliteSchema.MigratedAndModel<SlackDb>(o => new(o), SlackDb.HistoryTable);

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
