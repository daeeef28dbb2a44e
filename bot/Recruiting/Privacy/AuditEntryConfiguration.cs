using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecruitBot.Recruiting.Privacy;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("AuditLog");
        e.HasKey(x => x.Id);
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.ActorUserId).HasMaxLength(256);
        e.Property(x => x.Action).HasMaxLength(16);
        e.Property(x => x.Subject).HasMaxLength(64);
        e.HasIndex(x => new { x.TenantId, x.AtUtc }).HasDatabaseName("IX_AuditLog_Tenant_At");
    }
}
