using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecruitBot.Referrals.Storage;

/// <summary>Openings, found by normalised title when a referral names the role (its owner is the recruiter).</summary>
internal sealed class OpeningConfiguration : IEntityTypeConfiguration<Opening>
{
    public void Configure(EntityTypeBuilder<Opening> e)
    {
        e.ToTable("Openings");
        e.HasKey(x => x.Id);
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.NormalizedTitle).HasMaxLength(200);
        e.Property(x => x.Keywords).HasMaxLength(1000);
        e.Property(x => x.OpenedByUserId).HasMaxLength(256);
        e.HasIndex(x => new { x.TenantId, x.NormalizedTitle }).HasDatabaseName("IX_Openings_Tenant_Title");
    }
}
