using RecruitBot.Channels.Slack.Wire;

namespace RecruitBot.Channels.Slack;

/// <summary>Which events reach the engine. Everything else is acknowledged and dropped without being stored.</summary>
public static class SlackEventFilter
{
    /// <summary>Our bot user ids as named by the event's authorizations.</summary>
    public static IReadOnlyCollection<string> BotUserIds(SlackEventEnvelope envelope) =>
        envelope.Authorizations?.Where(a => a is { IsBot: true } && !string.IsNullOrEmpty(a.UserId)).Select(a => a.UserId!).ToHashSet()
        ?? [];

    public static bool Accept(SlackEventEnvelope envelope, bool listenInChannels)
    {
        var e = envelope.Event;
        if (e is null) return false;
        if (e.Type == "app_home_opened") return e.Tab == "home" && !string.IsNullOrEmpty(e.User);
        if (Processing.SlackChannelMembership.IsBotMembership(envelope)) return true;
        // Edits, deletions, joins and bot posts all carry a subtype; our own posts must never loop back.
        if (!string.IsNullOrEmpty(e.Subtype) || !string.IsNullOrEmpty(e.BotId) || string.IsNullOrEmpty(e.User)) return false;
        var bots = BotUserIds(envelope);
        if (bots.Contains(e.User)) return false;
        return e.Type switch
        {
            "app_mention" => true,
            "message" when e.ChannelType == "im" => true,
            // A channel message that mentions us also arrives as app_mention; handle it once, there.
            "message" when e.ChannelType == "channel" => listenInChannels && !bots.Any(b => (e.Text ?? "").Contains($"<@{b}>", StringComparison.Ordinal)),
            _ => false,
        };
    }
}
