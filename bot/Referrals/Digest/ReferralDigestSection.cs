namespace RecruitBot.Referrals.Digest;

/// <summary>
/// The referrals part of a weekly digest, as plain lines: <see cref="Received"/> ("Alex Kim (Backend Engineer),
/// referred by Jo: interviewing") and, only when the team opted in, the referrers to thank.
/// </summary>
public sealed record ReferralDigestSection(string Title, IReadOnlyList<string> Received, IReadOnlyList<string> ThankYou)
{
    public bool IsEmpty => Received.Count == 0;
}
