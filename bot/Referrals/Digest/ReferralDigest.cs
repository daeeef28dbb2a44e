using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Referrals.Digest;

/// <summary>
/// This week's referrals for the digest. Referrers are named in the thank-you roll only when the tenant opted in
/// (<c>Referrals:ThankYouRoll</c>), and only colleagues: past candidates who suggested someone are not named.
/// </summary>
public sealed class ReferralDigest(RecruitingDbFactory dbs, IOptions<ReferralsOptions> options) : IReferralDigestSource
{
    public async Task<ReferralDigestSection> BuildAsync(string tenantId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        await using var db = dbs.For(tenantId);
        var rows = await db.Set<Referral>().AsNoTracking()
            .Where(r => r.CreatedAtUtc >= fromUtc && r.CreatedAtUtc < toUtc)
            .Join(db.Candidates, r => r.CandidateId, c => c.Id, (r, c) => new { r, c.DisplayName })
            .OrderBy(x => x.r.CreatedAtUtc).Take(200).ToListAsync(cancellationToken);
        var received = rows.Select(x =>
            $"{x.DisplayName}{(x.r.RoleTitle is null ? "" : $" ({x.r.RoleTitle})")}, referred by {x.r.ReferrerName}: {ReferralViews.Of(x.r.Status)}" +
            (x.r.Consent == ReferralConsent.Yes ? "" : " (waiting for their consent)")).ToList();
        var thanks = options.Value.ThankYouRollFor(tenantId)
            ? rows.Where(x => x.r.ReferrerUserId is not null).Select(x => x.r.ReferrerName).Distinct().ToList()
            : [];
        var title = rows.Count == 1 ? "1 referral this week" : $"{rows.Count} referrals this week";
        return new ReferralDigestSection(title, received, thanks);
    }
}
