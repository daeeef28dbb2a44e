using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Nudges;

namespace RecruitBot.Recruiting.Storage;

/// <summary>
/// The recruiting store. A context is bound to one tenant for its lifetime: every entity carries a global query
/// filter on that tenant, and saving a row of another tenant throws. An unbound context sees nothing, so a query
/// without a tenant fails closed instead of reading everyone's data.
/// </summary>
public sealed class RecruitingDb(DbContextOptions<RecruitingDb> options) : DbContext(options)
{
    public const string HistoryTable = "__EFMigrationsHistory";

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
            var filter = Expression.Lambda(
                Expression.Equal(Expression.Property(row, nameof(ITenantOwned.TenantId)),
                    Expression.Property(Expression.Constant(this), nameof(TenantId))),
                row);
            b.Entity(type.ClrType).HasQueryFilter(filter);
        }
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
