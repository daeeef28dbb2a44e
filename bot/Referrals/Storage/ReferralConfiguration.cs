using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RecruitBot.Recruiting;

namespace RecruitBot.Referrals.Storage;

/// <summary>Referrals: read per referred candidate (status sync), per referrer ("my referrals") and per week (digest).</summary>
internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> e)
    {
        e.ToTable("Referrals");
        e.HasKey(x => x.Id);
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.ReferrerUserId).HasMaxLength(256);
        e.Property(x => x.ReferrerName).HasMaxLength(200);
        e.Property(x => x.RecordedByUserId).HasMaxLength(256);
        e.Property(x => x.RoleTitle).HasMaxLength(200);
        e.Property(x => x.Relationship).HasMaxLength(1000);
        e.Property(x => x.Why).HasMaxLength(4000);
        e.Property(x => x.Consent).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.RecruiterUserId).HasMaxLength(256);
        e.HasOne<Candidate>().WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.TenantId, x.CandidateId }).HasDatabaseName("IX_Referrals_Tenant_Candidate");
        e.HasIndex(x => new { x.TenantId, x.ReferrerUserId, x.CreatedAtUtc }).HasDatabaseName("IX_Referrals_Tenant_Referrer");
        e.HasIndex(x => new { x.TenantId, x.CreatedAtUtc }).HasDatabaseName("IX_Referrals_Tenant_Created");
    }
}
