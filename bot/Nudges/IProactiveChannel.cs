using RecruitBot.Conversation;

namespace RecruitBot.Nudges;

/// <summary>
/// The seam between the outbox dispatcher and a channel adapter (Teams, Slack, terminal). The adapter resolves the
/// recipient ("user:{id}" or "conversation:{id}") to its own address and sends; it never decides what to send.
/// </summary>
public interface IProactiveChannel
{
    /// <summary>"msteams", "slack", "terminal": matches <see cref="OutboxMessage.ChannelId"/>.</summary>
    string ChannelId { get; }

    Task<DeliveryResult> DeliverAsync(string tenantId, string recipient, CardReply card, CancellationToken cancellationToken);
}
