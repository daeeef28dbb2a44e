namespace RecruitBot.Conversation;

/// <summary>
/// One turn from a user, channel-free. <see cref="TenantId"/> must come from the channel's authenticated
/// envelope (Teams tenant, Slack team), never from message text; the terminal uses "local".
/// Exactly one of <see cref="Text"/> and <see cref="Action"/> is normally set.
/// </summary>
public sealed record IncomingMessage
{
    public required string TenantId { get; init; }
    public required string ConversationId { get; init; }
    public required UserRef User { get; init; }

    /// <summary>IANA (or Windows) time zone id of the user; null means UTC.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>When the user sent the message.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    public string? Text { get; init; }

    /// <summary>People @-mentioned in the text (other than the bot), resolved by the channel from its own markup.</summary>
    public IReadOnlyList<UserRef> Mentions { get; init; } = [];
    public CardActionInvocation? Action { get; init; }

    /// <summary>"terminal", "msteams", "slack": lets replies be worded for the channel, never for rules.</summary>
    public string ChannelId { get; init; } = "terminal";
}
