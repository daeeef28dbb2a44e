using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>Each tenant's retention months: what its admin set in chat, else <see cref="RetentionOptions.DefaultMonths"/>.</summary>
public sealed class TenantRetention(RecruitingDbFactory dbs, IOptions<RetentionOptions> options)
{
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
    }
}
