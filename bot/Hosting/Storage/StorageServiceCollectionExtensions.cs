using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Hosting.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the database options, the tenant-bound recruiting store and its migrations.</summary>
    public static IServiceCollection AddRecruitBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => o.IsSqlite || o.IsPostgres, "Database:Provider must be Sqlite or Postgres.")
            .ValidateOnStart();
        services.AddRecruitBotDbContext<RecruitingDb>(configuration, RecruitingDb.HistoryTable);
        services.AddSingleton<RecruitingDbFactory>();
        // Same store and migrations as RecruitingDb (it migrates nothing itself), read by background planners only.
        services.AddPooledDbContextFactory<TenantScanDb>((sp, o) => Configure(sp, o, configuration, RecruitingDb.HistoryTable));
        services.AddSingleton<TenantScanDbFactory>();
        return services;
    }

    /// <summary>Adds a pooled factory for one of the bot's contexts and runs its migrations at start-up.</summary>
    public static IServiceCollection AddRecruitBotDbContext<TContext>(this IServiceCollection services, IConfiguration configuration, string historyTable)
        where TContext : DbContext
    {
        // Pooled: creating a context's internal services cost about a tenth of a turn's CPU.
        services.AddPooledDbContextFactory<TContext>((sp, o) => Configure(sp, o, configuration, historyTable));
        services.AddSingleton(new MigrationTarget(typeof(TContext).Name,
            sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext()));
        return services;
    }

    private static void Configure(IServiceProvider sp, DbContextOptionsBuilder o, IConfiguration configuration, string historyTable) =>
        DatabaseSetup.Configure(o, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, configuration.GetConnectionString("RecruitBot"), historyTable);
}
