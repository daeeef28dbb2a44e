using System.Collections.Concurrent;
using RecruitBot.Conversation;

namespace RecruitBot.Tests.Channels.Teams.Support;

/// <summary>Records turns and answers with <see cref="Respond"/> after <see cref="Delay"/>.</summary>
public sealed class FakeEngine : IConversationEngine
{
    public ConcurrentQueue<IncomingMessage> Turns { get; } = new();
    public TimeSpan Delay { get; set; }
    public Func<IncomingMessage, TurnResult> Respond { get; set; } = m => TurnResult.Say(new TextReply("echo: " + (m.Text ?? m.Action?.Verb)));

    public async Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        Turns.Enqueue(message);
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, CancellationToken.None);
        return Respond(message);
    }
}
