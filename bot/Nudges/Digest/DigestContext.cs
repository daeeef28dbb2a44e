namespace RecruitBot.Nudges.Digest;

/// <summary>
/// What a digest section is built for: the channel, the week it covers (local dates), and whether candidate names may
/// appear. A section must show no candidate names or reasons unless <see cref="ShowNames"/> is true.
/// </summary>
public sealed record DigestContext(string TenantId, TeamChannel Channel, DateOnly WeekStart, DateOnly WeekEnd, DateTime NowUtc, bool ShowNames);
