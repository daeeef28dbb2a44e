using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Digest;

/// <summary>
/// The extension point for more digest content, first of all referrals. Register with
/// <c>services.AddSingleton&lt;IDigestSection, YourSection&gt;()</c>; sections follow the built-in ones in registration
/// order; return null to leave yours out this week. <paramref name="db"/> is bound to the channel's tenant.
/// </summary>
public interface IDigestSection
{
    Task<DigestSection?> BuildAsync(RecruitingDb db, DigestContext context, CancellationToken cancellationToken);
}
