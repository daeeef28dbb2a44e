using RecruitBot.Channels.Slack.Wire;
using RecruitBot.Nudges.Digest;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>
/// Keeps the weekly digest's registry of team channels in step with where the bot is: invited to a channel
/// (<c>member_joined_channel</c> for our bot user) registers it in the inviter's time zone; leaving or being removed
/// (<c>channel_left</c>, <c>group_left</c>, or <c>member_left_channel</c> for our bot user) disables its digest.
/// </summary>
public sealed class SlackChannelMembership(SlackTokens tokens, SlackUserDirectory users, ILogger<SlackChannelMembership> log, TeamChannels? channels = null)
{
    public const string ChannelId = "slack";

    /// <summary>Whether the event is the bot itself joining or leaving a channel. Pure.</summary>
    public static bool IsBotMembership(SlackEventEnvelope envelope) => Kind(envelope) is not null;

    public async Task HandleAsync(string tenantId, SlackEventEnvelope envelope, CancellationToken ct)
    {
        var e = envelope.Event;
        if (channels is null || e?.Channel is not { Length: > 0 } channel) return;
        if (Kind(envelope) == true)
        {
            var inviter = e.Extra?.TryGetValue("inviter", out var v) == true && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
            string? zone = null;
            if (!string.IsNullOrEmpty(inviter))
                zone = (await users.GetAsync(tenantId, await tokens.ForTenantAsync(tenantId, ct), inviter, ct))?.Tz;
            await channels.RegisterAsync(tenantId, ChannelId, channel, null, zone, ct);
            log.LogInformation("Slack channel registered for the weekly digest");
        }
        else
        {
            await channels.DisableAsync(tenantId, ChannelId, channel, ct);
            log.LogInformation("Slack channel left; weekly digest disabled");
        }
    }

    /// <summary>True for joined, false for left, null for anything else.</summary>
    private static bool? Kind(SlackEventEnvelope envelope)
    {
        var e = envelope.Event;
        if (e is null || string.IsNullOrEmpty(e.Channel)) return null;
        var ours = !string.IsNullOrEmpty(e.User) && SlackEventFilter.BotUserIds(envelope).Contains(e.User);
        return e.Type switch
        {
            "member_joined_channel" when ours => true,
            "member_left_channel" when ours => false,
            // Sent only to the user who left, and the only user subscribed here is our bot.
            "channel_left" or "group_left" => false,
            _ => null,
        };
    }
}
