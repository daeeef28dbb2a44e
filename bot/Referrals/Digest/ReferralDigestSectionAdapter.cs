using RecruitBot.Nudges.Digest;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Referrals.Digest;

/// <summary>
/// Puts referrals into the weekly team digest: those received this week and their status, and the thank-you roll
/// of referrers only when the team opted in to names.
/// </summary>
public sealed class ReferralDigestSectionAdapter(IReferralDigestSource source) : IDigestSection
{
    public async Task<DigestSection?> BuildAsync(RecruitingDb db, DigestContext context, CancellationToken cancellationToken)
    {
        var from = context.WeekStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var section = await source.BuildAsync(context.TenantId, from, from.AddDays(7), cancellationToken);
        if (section.IsEmpty) return null;
        var lines = context.ShowNames
            ? section.Received.ToList()
            : [$"{section.Received.Count} received; recruiters see who in their own messages."];
        if (context.ShowNames && section.ThankYou.Count > 0) lines.Add("Thank you for referring: " + string.Join(", ", section.ThankYou));
        return new DigestSection(section.Title, lines);
    }
}
