using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// The consent and source columns of Candidates (M0008). The rest of the table is shaped in RecruitingModel; EF
/// merges both, and keeping these here keeps the privacy columns beside their migration.
/// </summary>
internal sealed class CandidatePrivacyConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> e)
    {
        // The defaults are what M0008 gave existing rows; declared here too so the model and the migration agree.
        e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16).HasDefaultValue(CandidateSource.Unknown);
        e.Property(x => x.PoolConsent).HasConversion<string>().HasMaxLength(16).HasDefaultValue(PoolConsent.Unknown);
    }
}

/// <summary>Per-tenant settings (M0008).</summary>
internal sealed class TenantSettingsConfiguration : IEntityTypeConfiguration<TenantSettings>
{
    public void Configure(EntityTypeBuilder<TenantSettings> e)
    {
        e.ToTable("TenantSettings");
        e.HasKey(x => x.TenantId);
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.UpdatedByUserId).HasMaxLength(256);
    }
}
