using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>Each tenant's retention months: what its admin set in chat, else <see cref="RetentionOptions.DefaultMonths"/>.</summary>
public sealed class TenantRetention(RecruitingDbFactory dbs, IOptions<RetentionOptions> options)
{
    // Security timing: the real clock, never the business clock (which a demo may freeze).
    private readonly TenantRetentionCache _listings = new(TimeProvider.System);

    /// <summary>Read through the caller's tenant-bound context, inside whatever transaction it holds.</summary>
    public async Task<int> MonthsAsync(RecruitingDb db, CancellationToken ct = default) =>
        await db.Set<TenantSettings>().AsNoTracking().Select(s => s.RetentionMonths).FirstOrDefaultAsync(ct) ?? options.Value.DefaultMonths;

    public async Task<int> MonthsAsync(string tenantId, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        return await MonthsAsync(db, ct);
    }

    public async Task<RetentionWindow> WindowAsync(RecruitingDb db, DateTime nowUtc, CancellationToken ct = default) =>
        RetentionWindow.At(nowUtc, await MonthsAsync(db, ct));

    public async Task<RetentionWindow> WindowAsync(string tenantId, DateTime nowUtc, CancellationToken ct = default) =>
        RetentionWindow.At(nowUtc, await MonthsAsync(tenantId, ct));

    /// <summary>
    /// For read-only listings on the hot path (due lists): the setting as read at most
    /// <see cref="TenantRetentionCache.MaxAge"/> ago, so a list shown right after another instance changed it may
    /// still follow the previous setting for that long. A change on this instance applies at once.
    /// </summary>
    public async Task<RetentionWindow> ListingWindowAsync(RecruitingDb db, DateTime nowUtc, CancellationToken ct = default)
    {
        var tenantId = db.TenantId ?? throw new InvalidOperationException("The context is not bound to a tenant.");
        if (_listings.TryGet(tenantId, out var cached)) return RetentionWindow.At(nowUtc, cached);
        var generation = _listings.Generation;
        var readAt = _listings.Now();
        var months = await MonthsAsync(db, ct);
        _listings.Remember(tenantId, months, generation, readAt);
        return RetentionWindow.At(nowUtc, months);
    }

    public async Task SetMonthsAsync(string tenantId, int months, string byUserId, DateTime nowUtc, CancellationToken ct = default)
    {
        if (months is < RetentionOptions.MinMonths or > RetentionOptions.MaxMonths)
            throw new ArgumentOutOfRangeException(nameof(months), months, "Retention must be between 1 and 240 months.");
        await using var db = dbs.For(tenantId);
        var row = await db.Set<TenantSettings>().SingleOrDefaultAsync(ct);
        if (row is null) db.Set<TenantSettings>().Add(row = new TenantSettings { TenantId = tenantId });
        row.RetentionMonths = months;
        row.UpdatedByUserId = byUserId;
        row.UpdatedAtUtc = nowUtc;
        await db.SaveChangesAsync(ct);
        _listings.Forget(tenantId);
    }
}
