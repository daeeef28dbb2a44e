using Microsoft.EntityFrameworkCore;

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
        b.Entity<Candidate>().HasQueryFilter(e => e.TenantId == TenantId);
        b.Entity<Role>().HasQueryFilter(e => e.TenantId == TenantId);
        b.Entity<OutcomeEvent>().HasQueryFilter(e => e.TenantId == TenantId);
        b.Entity<TimelineNote>().HasQueryFilter(e => e.TenantId == TenantId);
        b.Entity<DialogStateRecord>().HasQueryFilter(e => e.TenantId == TenantId);
    }

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
