using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting;

/// <summary>Remembers who the bot has talked to, on which channel and in which time zone.</summary>
public sealed class MemberDirectory(RecruitingDbFactory dbs)
{
    public async Task TouchAsync(string tenantId, string channelId, string userId, string? name, string? timeZoneId, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        var member = await db.Members.SingleOrDefaultAsync(m => m.ChannelId == channelId && m.UserId == userId, ct);
        if (member is null)
        {
            db.Members.Add(new Member
            {
                TenantId = tenantId, ChannelId = channelId, UserId = userId, DisplayName = name, TimeZoneId = timeZoneId,
                FirstSeenUtc = nowUtc, LastSeenUtc = nowUtc,
            });
        }
        else if (member.LastSeenUtc > nowUtc.AddHours(-1) && (name is null || name == member.DisplayName)
            && (timeZoneId is null || timeZoneId == member.TimeZoneId))
        {
            return; // Nothing new: spare the hot path a write on every turn.
        }
        else
        {
            member.DisplayName = name ?? member.DisplayName;
            member.TimeZoneId = timeZoneId ?? member.TimeZoneId;
            member.LastSeenUtc = nowUtc;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first turns raced to insert the same member; the other one won, which is all we need.
        }
    }

    public async Task<IReadOnlyList<Member>> AllAsync(string tenantId, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        return await db.Members.AsNoTracking().OrderBy(m => m.UserId).ToListAsync(ct);
    }
}
