using Microsoft.EntityFrameworkCore;
using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Referrals;

/// <summary>Queues a direct message to a user on the channel they were last seen on, inside the caller's transaction.</summary>
internal static class DirectMessages
{
    /// <returns>False when the user has never talked to the bot (no channel to reach them) or the message is already queued.</returns>
    public static async Task<bool> EnqueueAsync(RecruitingDb db, string kind, string key, string userId, CardReply card, DateTime nowUtc, CancellationToken ct)
    {
        var channel = await db.Members.Where(m => m.UserId == userId)
            .OrderByDescending(m => m.LastSeenUtc).Select(m => m.ChannelId).FirstOrDefaultAsync(ct);
        if (channel is null) return false;
        return await Outbox.EnqueueAsync(db, kind, key, channel, "user:" + userId, card, nowUtc, ct: ct);
    }
}
