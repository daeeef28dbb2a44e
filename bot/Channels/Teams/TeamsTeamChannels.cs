using Microsoft.EntityFrameworkCore;
using RecruitBot.Channels.Teams.Wire;
using RecruitBot.Nudges.Digest;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Channels.Teams;

/// <summary>
/// Keeps the weekly digest's registry of team channels in step with where the bot is installed: added to a team
/// (conversationUpdate with the bot in membersAdded, or installationUpdate add, in a team) registers the team's channel
/// conversation; removed (membersRemoved, installationUpdate remove, teamDeleted) disables its digest. The digest goes
/// to the conversation the event came from, which is the one whose reference the channel stores.
/// </summary>
public sealed class TeamsTeamChannels(ILogger<TeamsTeamChannels> log, TeamChannels? channels = null, RecruitingDbFactory? dbs = null)
{
    public const string ChannelId = ActivityMapper.ChannelId;

    public async Task ObserveAsync(Activity a, CancellationToken ct)
    {
        if (channels is null || Classify(a) is not { } installed) return;
        var tenant = ActivityMapper.TenantOf(a)!;
        var conversation = a.Conversation!.Id!;
        try
        {
            if (installed)
                await channels.RegisterAsync(tenant, ChannelId, conversation, a.ChannelData?.Team?.Name, await ZoneAsync(a, tenant, ct), ct);
            else
                await channels.DisableAsync(tenant, ChannelId, conversation, ct);
        }
        catch (DbUpdateException e)
        {
            // The digest registry must never cost the install its welcome; the next install event registers again.
            log.LogWarning(e, "Could not update the team channel registry");
        }
    }

    /// <summary>True when the bot was added to a team, false when removed from one, null otherwise (personal and group chats too). Pure.</summary>
    public static bool? Classify(Activity a)
    {
        if (a.ChannelData?.Team?.Id is not { Length: > 0 } || ActivityMapper.TenantOf(a) is null || string.IsNullOrWhiteSpace(a.Conversation?.Id)) return null;
        if (a.Type == ActivityTypes.InstallationUpdate)
            return a.Action switch { "add" or "add-upgrade" => true, "remove" or "remove-upgrade" => false, _ => null };
        if (a.Type != ActivityTypes.ConversationUpdate) return null;
        if (a.ChannelData.EventType == "teamDeleted") return false;
        var bot = a.Recipient?.Id;
        if (string.IsNullOrEmpty(bot)) return null;
        if (a.MembersRemoved?.Any(m => m?.Id == bot) == true) return false;
        return a.MembersAdded?.Any(m => m?.Id == bot) == true ? true : null;
    }

    /// <summary>Teams sends no team time zone: the installer's, from the event or as last seen in a chat with them.</summary>
    private async Task<string?> ZoneAsync(Activity a, string tenant, CancellationToken ct)
    {
        if (ActivityMapper.TimeZoneOf(a) is { } zone) return zone;
        if (dbs is null || ActivityMapper.UserOf(a) is not { } user) return null;
        await using var db = dbs.For(tenant);
        return await db.Members.Where(m => m.ChannelId == ChannelId && m.UserId == user.Id).Select(m => m.TimeZoneId).FirstOrDefaultAsync(ct);
    }
}
