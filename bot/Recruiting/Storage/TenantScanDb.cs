using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace RecruitBot.Recruiting.Storage;

/// <summary>
/// The recruiting store bound to an explicit set of tenants, for background planners that would otherwise open one
/// context per tenant (a day's due set spread over a thousand tenants cost a thousand round trips). Scoping stays the
/// one mechanism: the same global query filter on every tenant-owned entity, here "tenant in the set" instead of
/// "tenant equals". It never writes (it has no bound tenant, so saving any change throws); writes go through a context
/// bound to one tenant. Callers must keep each row with its own <see cref="ITenantOwned.TenantId"/> when they act.
/// </summary>
public sealed class TenantScanDb(DbContextOptions<TenantScanDb> options) : RecruitingDb(options)
{
    private static readonly string[] None = [];

    /// <summary>The tenants this scan reads; empty (sees nothing) until <see cref="BindTenants"/>.</summary>
    public string[] Tenants { get; private set; } = None;

    public TenantScanDb BindTenants(IReadOnlyCollection<string> tenants)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        if (tenants.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("A tenant id is empty.", nameof(tenants));
        if (Tenants.Length > 0) throw new InvalidOperationException("A tenant scan is bound once for its lifetime.");
        Tenants = tenants.Distinct(StringComparer.Ordinal).ToArray();
        return this;
    }

    private protected override bool BindsOneTenant => false;

    private protected override Expression TenantMatch(Expression rowTenant) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            Expression.Property(Expression.Constant(this), nameof(Tenants)), rowTenant);

    private protected override void Unbind()
    {
        Tenants = None;
        base.Unbind();
    }
}
