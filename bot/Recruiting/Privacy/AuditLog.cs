using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>Appends and reads audit entries. Subjects are candidate ids, never names.</summary>
public sealed class AuditLog(RecruitingDbFactory dbs)
{
    public async Task RecordAsync(string tenantId, string actorUserId, string action, Guid subject, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        db.Set<AuditEntry>().Add(new AuditEntry { TenantId = tenantId, ActorUserId = actorUserId, Action = action, Subject = subject.ToString(), AtUtc = nowUtc });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(string tenantId, int count = 50, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        return await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.AtUtc).Take(count).ToListAsync(ct);
    }
}
