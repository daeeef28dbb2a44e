using RecruitBot.Conversation;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>Builds the engine's channel-free message; the tenant comes from the verified payload only.</summary>
public sealed class SlackMessageFactory(SlackUserDirectory users)
{
    public const string ChannelId = "slack";

    public async Task<IncomingMessage> CreateAsync(string tenantId, string token, string userId, string conversationId,
        DateTimeOffset at, string? text, CardActionInvocation? action, CancellationToken ct)
    {
        var profile = await users.GetAsync(tenantId, token, userId, ct);
        var name = profile?.RealName is { Length: > 0 } real ? real : profile?.Name;
        return new IncomingMessage
        {
            TenantId = tenantId,
            ConversationId = conversationId,
            User = new UserRef(userId, name),
            TimeZoneId = string.IsNullOrEmpty(profile?.Tz) ? null : profile.Tz,
            Timestamp = at,
            Text = text,
            Action = action,
            ChannelId = ChannelId,
        };
    }
}
