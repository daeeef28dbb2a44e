using RecruitBot.Cards;
using RecruitBot.Conversation;
using RecruitBot.Nudges;

namespace RecruitBot.Channels.Terminal;

/// <summary>
/// Terminal delivery is "shown on screen": registered only inside <c>chat</c>, it prints a nudge as readable text to
/// the chat's output and only then reports Sent. Rows wait in the outbox until the next chat session; the web host
/// registers no terminal adapter, so it never marks a terminal nudge delivered that nobody saw.
/// </summary>
public sealed class TerminalProactiveChannel(CardRenderer cards, TextWriter output) : IProactiveChannel
{
    public const string Id = "terminal";

    public string ChannelId => Id;

    public async Task<DeliveryResult> DeliverAsync(string tenantId, string recipient, CardReply card, CancellationToken cancellationToken)
    {
        if (tenantId != TerminalOptions.Tenant)
            return new DeliveryResult(DeliveryOutcome.Gone, $"The terminal serves tenant '{TerminalOptions.Tenant}' only.");
        var text = cards.ToText(card).Text.TrimEnd();
        await output.WriteLineAsync(text.AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
        return DeliveryResult.Sent;
    }
}
