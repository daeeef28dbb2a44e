using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting.Privacy;

/// <summary>
/// Records how a person came to us and whether they agreed to stay in the pool. Every change leaves an audit entry
/// ("change", candidate id only). Refusing clears the consent date, so refused consent never extends retention.
/// </summary>
public sealed class CandidateConsent(RecruitingDbFactory dbs, AuditLog audit)
{
    public async Task<Candidate?> SetSourceAsync(string tenantId, Guid candidateId, CandidateSource source, string byUserId, DateTime nowUtc, CancellationToken ct = default) =>
        await ChangeAsync(tenantId, candidateId, byUserId, nowUtc, c => c.Source = source, ct);

    /// <summary>A person we had not met yet, added with their source (e.g. "sourced Priya Shah"); the speaker owns them.</summary>
    public async Task<Candidate> AddAsync(string tenantId, string name, CandidateSource source, string byUserId, DateTime nowUtc, CancellationToken ct = default)
    {
        var candidate = new Candidate
        {
            TenantId = tenantId, DisplayName = name.Trim(), NormalizedName = NameNormalizer.Name(name), OwnerUserId = byUserId,
            CreatedAtUtc = nowUtc, CreatedInBatch = Guid.NewGuid(), Source = source,
        };
        await using (var db = dbs.For(tenantId))
        {
            db.Candidates.Add(candidate);
            await db.SaveChangesAsync(ct);
        }
        await audit.RecordAsync(tenantId, byUserId, "change", candidate.Id, nowUtc, ct);
        return candidate;
    }

    public Task<Candidate?> GiveAsync(string tenantId, Guid candidateId, DateOnly until, string byUserId, DateTime nowUtc, CancellationToken ct = default) =>
        ChangeAsync(tenantId, candidateId, byUserId, nowUtc, c =>
        {
            c.PoolConsent = PoolConsent.Given;
            c.ConsentAtUtc = nowUtc;
            c.ConsentUntil = until;
        }, ct);

    public Task<Candidate?> RefuseAsync(string tenantId, Guid candidateId, string byUserId, DateTime nowUtc, CancellationToken ct = default) =>
        ChangeAsync(tenantId, candidateId, byUserId, nowUtc, c =>
        {
            c.PoolConsent = PoolConsent.Refused;
            c.ConsentAtUtc = nowUtc;
            c.ConsentUntil = null;
        }, ct);

    private async Task<Candidate?> ChangeAsync(string tenantId, Guid candidateId, string byUserId, DateTime nowUtc, Action<Candidate> change, CancellationToken ct)
    {
        Candidate? candidate;
        await using (var db = dbs.For(tenantId))
        {
            candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, ct);
            if (candidate is null) return null;
            change(candidate);
            await db.SaveChangesAsync(ct);
        }
        await audit.RecordAsync(tenantId, byUserId, "change", candidateId, nowUtc, ct);
        return candidate;
    }
}
