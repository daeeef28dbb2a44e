using Microsoft.EntityFrameworkCore;

namespace RecruitBot.Recruiting.Storage;

/// <summary>
/// The model's shape, separate from the context so the hand-written migration and this file can be read side by
/// side; a test proves the migrated schema equals the one this model creates.
/// </summary>
internal static class RecruitingModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Candidate>(e =>
        {
            e.ToTable("Candidates");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(128);
            e.Property(x => x.DisplayName).HasMaxLength(200);
            e.Property(x => x.NormalizedName).HasMaxLength(200);
            e.Property(x => x.Aliases).HasMaxLength(2000);
            e.Property(x => x.Email).HasMaxLength(320);
            e.Property(x => x.Phone).HasMaxLength(64);
            e.Property(x => x.LinkedInUrl).HasMaxLength(500);
            e.Property(x => x.DoNotContactReason).HasMaxLength(1000);
            e.Property(x => x.OwnerUserId).HasMaxLength(256);
            e.Property(x => x.NextContactWhy).HasMaxLength(500);
            e.HasIndex(x => new { x.TenantId, x.NextContactOn }).HasDatabaseName("IX_Candidates_Tenant_NextContact");
            e.HasIndex(x => new { x.TenantId, x.NormalizedName }).HasDatabaseName("IX_Candidates_Tenant_Name");
        });
        b.Entity<Role>(e =>
        {
            e.ToTable("Roles");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(128);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.NormalizedTitle).HasMaxLength(200);
            e.Property(x => x.HiringManagerUserId).HasMaxLength(256);
            e.HasIndex(x => new { x.TenantId, x.NormalizedTitle }).HasDatabaseName("IX_Roles_Tenant_Title");
        });
        b.Entity<OutcomeEvent>(e =>
        {
            e.ToTable("OutcomeEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(128);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.ReasonCategory).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.ReasonText).HasMaxLength(4000);
            e.Property(x => x.Blockers).HasMaxLength(4000);
            e.Property(x => x.Feedback).HasMaxLength(4000);
            e.Property(x => x.NextContactWhy).HasMaxLength(500);
            e.Property(x => x.LoggedByUserId).HasMaxLength(256);
            e.Property(x => x.LoggedByName).HasMaxLength(200);
            e.Property(x => x.SourceText).HasMaxLength(20000);
            e.Ignore(x => x.BlockerList);
            e.HasOne<Candidate>().WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Role>().WithMany().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(x => new { x.TenantId, x.CandidateId, x.LoggedAtUtc }).HasDatabaseName("IX_OutcomeEvents_Tenant_Candidate");
            e.HasIndex(x => new { x.TenantId, x.LoggedByUserId, x.LoggedAtUtc }).HasDatabaseName("IX_OutcomeEvents_Tenant_Logger");
            e.HasIndex(x => x.RoleId);
        });
        b.Entity<TimelineNote>(e =>
        {
            e.ToTable("Notes");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(128);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.ByUserId).HasMaxLength(256);
            e.HasOne<Candidate>().WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.TenantId, x.CandidateId, x.AtUtc }).HasDatabaseName("IX_Notes_Tenant_Candidate");
        });
        b.Entity<DialogStateRecord>(e =>
        {
            e.ToTable("Dialogs");
            e.HasKey(x => x.Id);
            e.Property(x => x.TenantId).HasMaxLength(128);
            e.Property(x => x.ConversationId).HasMaxLength(512);
            e.Property(x => x.UserId).HasMaxLength(256);
            e.Property(x => x.Kind).HasMaxLength(64);
            e.Property(x => x.Payload).HasMaxLength(200000);
            e.Property(x => x.CompletionSummary).HasMaxLength(4000);
            e.HasIndex(x => new { x.TenantId, x.ConversationId, x.UserId }).HasDatabaseName("IX_Dialogs_Tenant_Conversation_User");
            e.HasIndex(x => x.ExpiresAtUtc);
        });
    }
}
