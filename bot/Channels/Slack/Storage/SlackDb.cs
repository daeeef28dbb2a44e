using Microsoft.EntityFrameworkCore;

namespace RecruitBot.Channels.Slack.Storage;

/// <summary>The Slack channel's own tables: inbox, installations and gone conversations.</summary>
public sealed class SlackDb(DbContextOptions<SlackDb> options) : DbContext(options)
{
    public const string HistoryTable = "__EFMigrationsHistory_Slack";

    public DbSet<SlackInboxItem> Inbox => Set<SlackInboxItem>();
    public DbSet<SlackInstallation> Installations => Set<SlackInstallation>();
    public DbSet<SlackGoneConversation> GoneConversations => Set<SlackGoneConversation>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<SlackInboxItem>(e =>
        {
            e.ToTable("SlackInbox");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(80);
            e.Property(x => x.EventId).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Payload).HasMaxLength(300000);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.HasIndex(x => new { x.TenantId, x.EventId }).IsUnique().HasDatabaseName("IX_SlackInbox_Tenant_Event");
            e.HasIndex(x => new { x.Status, x.ReceivedAtUtc }).HasDatabaseName("IX_SlackInbox_Status_Received");
        });
        b.Entity<SlackInstallation>(e =>
        {
            e.ToTable("SlackInstallations");
            e.HasKey(x => x.TenantId);
            e.Property(x => x.TenantId).HasMaxLength(80);
            e.Property(x => x.TeamId).HasMaxLength(32);
            e.Property(x => x.EnterpriseId).HasMaxLength(32);
            e.Property(x => x.TeamName).HasMaxLength(200);
            e.Property(x => x.BotToken).HasMaxLength(500);
            e.Property(x => x.BotUserId).HasMaxLength(32);
            e.Property(x => x.AppId).HasMaxLength(32);
            e.Property(x => x.Scopes).HasMaxLength(2000);
        });
        b.Entity<SlackGoneConversation>(e =>
        {
            e.ToTable("SlackGoneConversations");
            e.HasKey(x => new { x.TenantId, x.ChannelId });
            e.Property(x => x.TenantId).HasMaxLength(80);
            e.Property(x => x.ChannelId).HasMaxLength(64);
            e.Property(x => x.Error).HasMaxLength(64);
        });
    }
}
