using RecruitBot.Recruiting;

namespace RecruitBot.Nudges;

/// <summary>Where a recruiter is reached: of the channels they use, the one seen most recently. Terminal users read nudges when `chat` starts.</summary>
public static class NudgeRecipients
{
    public const string Terminal = "terminal";

    public static IReadOnlyDictionary<string, Member> Pick(IEnumerable<Member> members) =>
        members.Where(m => m.ChannelId != Terminal)
            .GroupBy(m => m.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.LastSeenUtc).ThenBy(m => m.ChannelId, StringComparer.Ordinal).First(), StringComparer.Ordinal);

    public static string Key(string kind, string channelId, string userId, DateOnly localDate) =>
        $"{kind}:{channelId}:{userId}:{localDate:yyyy-MM-dd}";

    public static string UserRecipient(string userId) => $"user:{userId}";
}
