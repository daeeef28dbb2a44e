using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Nudges;

namespace RecruitBot.Recruiting.Storage;

/// <summary>
/// The recruiting store. A context is bound to one tenant for its lifetime: every entity carries a global query
/// filter on that tenant, and saving a row of another tenant throws. An unbound context sees nothing, so a query
/// without a tenant fails closed instead of reading everyone's data. Contexts are pooled: disposing one unbinds it
/// before it goes back, so a context rented without <see cref="BindTenant"/> is unbound again, never left on the last
/// tenant. <see cref="TenantScanDb"/> is the same store and filter bound to a set of tenants, read-only.
/// </summary>
public class RecruitingDb : DbContext
{
    public const string HistoryTable = "__EFMigrationsHistory";

    public RecruitingDb(DbContextOptions<RecruitingDb> options) : base(options) { }

    private protected RecruitingDb(DbContextOptions options) : base(options) { }

    /// <summary>The tenant this context reads and writes; null until <see cref="BindTenant"/>.</summary>
    public string? TenantId { get; private set; }

    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<OutcomeEvent> OutcomeEvents => Set<OutcomeEvent>();
    public DbSet<TimelineNote> Notes => Set<TimelineNote>();
    public DbSet<DialogStateRecord> Dialogs => Set<DialogStateRecord>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public RecruitingDb BindTenant(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        if (!BindsOneTenant) throw new InvalidOperationException("A tenant scan is read-only and never bound to one tenant.");
        if (TenantId is not null && TenantId != tenantId)
            throw new InvalidOperationException("A context is bound to one tenant for its lifetime.");
        TenantId = tenantId;
        return this;
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        RecruitingModel.Configure(b);
        // Features (Nudges, Referrals, ...) add their tables as IEntityTypeConfiguration classes in the core namespaces.
        b.ApplyConfigurationsFromAssembly(typeof(RecruitingDb).Assembly, t => t.Namespace is { } ns && CoreNamespaces.Any(ns.StartsWith));

        // One mechanism scopes every query: each tenant-owned entity gets the same filter on the bound tenant.
        foreach (var type in b.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            var row = Expression.Parameter(type.ClrType, "row");
            var filter = Expression.Lambda(TenantMatch(Expression.Property(row, nameof(ITenantOwned.TenantId))), row);
            b.Entity(type.ClrType).HasQueryFilter(filter);
        }
    }

    /// <summary>False for a context scoped to a set of tenants, which must never gain write access to one of them.</summary>
    private protected virtual bool BindsOneTenant => true;

    /// <summary>The filter's test of a row's tenant: equal to the bound tenant (a tenant scan: in its set).</summary>
    private protected virtual Expression TenantMatch(Expression rowTenant) =>
        Expression.Equal(rowTenant, Expression.Property(Expression.Constant(this), nameof(TenantId)));

    /// <summary>Unbinds before the pool takes the context back; see the class remarks.</summary>
    private protected virtual void Unbind() => TenantId = null;

    public override void Dispose()
    {
        Unbind();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Unbind();
        return base.DisposeAsync();
    }

    private static readonly string[] CoreNamespaces = ["RecruitBot.Recruiting", "RecruitBot.Nudges", "RecruitBot.Referrals"];

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void GuardTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (TenantId is null || entry.Entity.TenantId != TenantId)
                throw new InvalidOperationException("Refusing to write a row outside the context's tenant.");
        }
    }
}
