using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace RecruitBot.Hosting.Storage;

/// <summary>Applies every registered context's migrations before the app takes traffic.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        if (!services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart) return;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        foreach (var target in services.GetServices<MigrationTarget>())
        {
            await using var db = target.Create(services);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count == 0) continue;
            log.LogInformation("Applying {Count} migration(s) for {Target}", pending.Count, target.Name);
            await db.Database.MigrateAsync(ct);
        }
    }
}
