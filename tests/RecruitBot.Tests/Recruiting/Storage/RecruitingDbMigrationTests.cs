using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Recruiting.Storage;

public sealed class RecruitingDbMigrationTests
{
    [Fact]
    public void Migrate_FreshDatabase_SchemaEqualsModel()
    {
        var (migrated, model) = SqliteSchema.MigratedAndModel<RecruitingDb>(o => new(o), RecruitingDb.HistoryTable);

        Assert.NotEmpty(model);
        Assert.Equal(model, migrated);
    }

    [Fact]
    public void Migrate_FreshDatabase_UsesWalAndFullSync()
    {
        var file = SqliteSchema.NewFile();
        using var db = new RecruitingDb(SqliteSchema.Options<RecruitingDb>(file, RecruitingDb.HistoryTable));
        db.Database.Migrate();
        db.Database.OpenConnection();
        using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
        cmd.CommandText = "PRAGMA synchronous";
        Assert.Equal(2L, cmd.ExecuteScalar()); // FULL
    }

    [Fact]
    public void Migrate_FreshDatabase_HasNextContactIndexPerTenant()
    {
        var file = SqliteSchema.NewFile();
        using (var db = new RecruitingDb(SqliteSchema.Options<RecruitingDb>(file, RecruitingDb.HistoryTable))) db.Database.Migrate();
        SqliteConnection.ClearAllPools();
        Assert.Contains("Candidates index IX_Candidates_Tenant_NextContact unique=0 (TenantId,NextContactOn)", SqliteSchema.Read($"Data Source={file}"));
    }
}
