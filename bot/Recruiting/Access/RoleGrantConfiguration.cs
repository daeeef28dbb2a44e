using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecruitBot.Recruiting.Access;

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> e)
    {
        e.ToTable("RoleGrants");
        e.HasKey(x => new { x.TenantId, x.UserId, x.Role });
        e.Property(x => x.TenantId).HasMaxLength(128);
        e.Property(x => x.UserId).HasMaxLength(256);
        e.Property(x => x.Role).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.GrantedBy).HasMaxLength(256);
    }
}
