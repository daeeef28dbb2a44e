using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Referrals;

/// <summary>
/// The periodic safety net for referrer updates: outcomes logged through any path (a channel, an import, an undo)
/// reach referrers within <see cref="ReferralsOptions.SyncInterval"/> even if no turn triggered a sync.
/// </summary>
public sealed class ReferralSyncWorker(
    IDbContextFactory<RecruitingDb> factory,
    ReferralStatusSync sync,
    TimeProvider clock,
    IOptions<ReferralsOptions> options,
    ILogger<ReferralSyncWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SyncAllAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Referral status sync failed; retrying next interval");
            }
            await Task.Delay(options.Value.SyncInterval, clock, stoppingToken);
        }
    }

    public async Task<int> SyncAllAsync(CancellationToken ct)
    {
        List<string> tenants;
        // Listing tenants is the one read across tenants; each sync below runs in a tenant-bound context.
        await using (var db = await factory.CreateDbContextAsync(ct))
            tenants = await db.Set<Referral>().IgnoreQueryFilters().Select(r => r.TenantId).Distinct().ToListAsync(ct);
        var told = 0;
        foreach (var tenant in tenants)
            told += await sync.SyncTenantAsync(tenant, clock.GetUtcNow().UtcDateTime, ct);
        return told;
    }
}
