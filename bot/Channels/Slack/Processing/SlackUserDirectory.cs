using Microsoft.Extensions.Caching.Memory;
using RecruitBot.Channels.Slack.WebApi;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>users.info name and time zone, cached: the time zone decides what "next Friday" means for that user.</summary>
public sealed class SlackUserDirectory(SlackWebApiClient api, IMemoryCache cache, ILogger<SlackUserDirectory> log)
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(6);

    /// <summary>The user's profile, or null when Slack cannot tell us (the turn goes on in UTC).</summary>
    public async Task<SlackUserInfo?> GetAsync(string tenantId, string token, string userId, CancellationToken ct)
    {
        var key = ("slack-user", tenantId, userId);
        if (cache.TryGetValue(key, out SlackUserInfo? known)) return known;
        try
        {
            var info = (await api.UserInfoAsync(token, userId, ct)).User;
            cache.Set(key, info, Keep);
            return info;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
        {
            log.LogWarning("users.info for {User} failed: {Error}", userId, ex.Message);
            return null;
        }
    }
}
