using Microsoft.EntityFrameworkCore;

namespace RecruitBot.Recruiting.Storage;

/// <summary>Opens <see cref="TenantScanDb"/>s, each already bound to its set of tenants.</summary>
public sealed class TenantScanDbFactory(IDbContextFactory<TenantScanDb> factory)
{
    /// <summary>Tenants per scan: keeps a query's parameter list far below SQLite's and PostgreSQL's limits.</summary>
    public const int ChunkSize = 500;

    public TenantScanDb For(IReadOnlyCollection<string> tenants) => factory.CreateDbContext().BindTenants(tenants);
}
