using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Recruiting;

/// <summary>Remembers who the bot has talked to, on which channel and in which time zone.</summary>
public sealed class MemberDirectory(RecruitingDbFactory dbs)
{
    /// <summary>How long a row this instance read or wrote stands in for a fresh read (another instance may have touched it).</summary>
    private static readonly TimeSpan RecheckAfter = TimeSpan.FromMinutes(1);
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<(string Tenant, string Channel, string User), Seen> _seen = new();

    public async Task TouchAsync(string tenantId, string channelId, string userId, string? name, string? timeZoneId, DateTime nowUtc, CancellationToken ct = default)
    {
        var key = (tenantId, channelId, userId);
        // Most turns come from someone who spoke a moment ago with the same name and zone: the row would not change.
        if (_seen.TryGetValue(key, out var seen) && seen.CheckedAtUtc > nowUtc - RecheckAfter && IsCurrent(seen.LastSeenUtc, seen.Name, seen.TimeZoneId, name, timeZoneId, nowUtc))
            return;
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
        else if (IsCurrent(member.LastSeenUtc, member.DisplayName, member.TimeZoneId, name, timeZoneId, nowUtc))
        {
            Remember(key, member, nowUtc);
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
            Remember(key, member ?? db.Members.Local.Single(m => m.ChannelId == channelId && m.UserId == userId), nowUtc);
        }
        catch (DbUpdateException)
        {
            // Two first turns raced to insert the same member; the other one won, which is all we need.
        }
    }

    /// <summary>True when touching would change nothing: seen within the hour, under the same name and zone.</summary>
    private static bool IsCurrent(DateTime lastSeenUtc, string? storedName, string? storedZone, string? name, string? timeZoneId, DateTime nowUtc) =>
        lastSeenUtc > nowUtc.AddHours(-1) && (name is null || name == storedName) && (timeZoneId is null || timeZoneId == storedZone);

    private void Remember((string, string, string) key, Member member, DateTime nowUtc)
    {
        if (_seen.Count >= MaxRemembered) _seen.Clear();
        _seen[key] = new Seen(member.LastSeenUtc, member.DisplayName, member.TimeZoneId, nowUtc);
    }

    private sealed record Seen(DateTime LastSeenUtc, string? Name, string? TimeZoneId, DateTime CheckedAtUtc);

    public async Task<IReadOnlyList<Member>> AllAsync(string tenantId, CancellationToken ct = default)
    {
        await using var db = dbs.For(tenantId);
        return await db.Members.AsNoTracking().OrderBy(m => m.UserId).ToListAsync(ct);
    }
}
