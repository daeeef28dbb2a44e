using Microsoft.EntityFrameworkCore;

namespace RecruitBot.Channels.Teams.Storage;

/// <summary>The Teams channel's own tables, migrated with their own history table beside the core's.</summary>
public sealed class TeamsDb(DbContextOptions<TeamsDb> options) : DbContext(options)
{
    public const string HistoryTable = "__EFMigrationsHistory_Teams";

    public DbSet<TeamsConversationRef> Conversations => Set<TeamsConversationRef>();
    public DbSet<TeamsServiceUrl> ServiceUrls => Set<TeamsServiceUrl>();
    public DbSet<TeamsProcessedActivity> ProcessedActivities => Set<TeamsProcessedActivity>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<TeamsConversationRef>(e =>
        {
            e.ToTable("TeamsConversations");
            e.HasKey(x => new { x.TenantId, x.ConversationId });
            e.Property(x => x.TenantId).HasMaxLength(128);
            e.Property(x => x.ConversationId).HasMaxLength(512);
            e.Property(x => x.ServiceUrl).HasMaxLength(512);
            e.Property(x => x.ConversationType).HasMaxLength(32);
            e.Property(x => x.UserId).HasMaxLength(256);
            e.Property(x => x.UserAadObjectId).HasMaxLength(64);
            e.Property(x => x.UserName).HasMaxLength(200);
            e.Property(x => x.TeamId).HasMaxLength(256);
            e.Property(x => x.ChannelId).HasMaxLength(256);
            e.Property(x => x.BotId).HasMaxLength(256);
            e.Property(x => x.BotName).HasMaxLength(200);
            e.HasIndex(x => new { x.TenantId, x.UserAadObjectId }).HasDatabaseName("IX_TeamsConversations_Tenant_UserAad");
        });
        b.Entity<TeamsServiceUrl>(e =>
        {
            e.ToTable("TeamsServiceUrls");
            e.HasKey(x => new { x.TenantId, x.ServiceUrl });
            e.Property(x => x.TenantId).HasMaxLength(128);
            e.Property(x => x.ServiceUrl).HasMaxLength(512);
        });
        b.Entity<TeamsProcessedActivity>(e =>
        {
            e.ToTable("TeamsProcessedActivities");
            e.HasKey(x => new { x.TenantId, x.ActivityId });
            e.Property(x => x.TenantId).HasMaxLength(128);
            e.Property(x => x.ActivityId).HasMaxLength(256);
            e.HasIndex(x => x.ProcessedAtUtc).HasDatabaseName("IX_TeamsProcessedActivities_ProcessedAtUtc");
        });
    }
}
