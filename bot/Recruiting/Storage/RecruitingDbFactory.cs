using Microsoft.EntityFrameworkCore;

namespace RecruitBot.Recruiting.Storage;

/// <summary>The only way the core opens the store: every context it hands out is already bound to a tenant.</summary>
public sealed class RecruitingDbFactory(IDbContextFactory<RecruitingDb> factory)
{
    public RecruitingDb For(string tenantId) => factory.CreateDbContext().BindTenant(tenantId);
}
