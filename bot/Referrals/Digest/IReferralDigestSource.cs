namespace RecruitBot.Referrals.Digest;

/// <summary>What the weekly digest asks the referral feature for; the digest decides layout and delivery.</summary>
public interface IReferralDigestSource
{
    /// <summary>Referrals received in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) and their current status.</summary>
    Task<ReferralDigestSection> BuildAsync(string tenantId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);
}
