using System.Collections.Concurrent;
using RecruitBot.Conversation;

namespace RecruitBot.Tests.Channels.Teams.Support;

/// <summary>Records turns and answers with <see cref="Respond"/> after <see cref="Delay"/> and once <see cref="Gate"/> is open.</summary>
public sealed class FakeEngine : IConversationEngine
{
    public ConcurrentQueue<IncomingMessage> Turns { get; } = new();
    public TimeSpan Delay { get; set; }

    /// <summary>Turns wait here until a test opens it, so "still running" never depends on how busy the machine is.</summary>
    public TaskCompletionSource Gate { get; set; } = Opened();
    public Func<IncomingMessage, TurnResult> Respond { get; set; } = m => TurnResult.Say(new TextReply("echo: " + (m.Text ?? m.Action?.Verb)));

    public async Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        Turns.Enqueue(message);
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, CancellationToken.None);
        await Gate.Task;
        return Respond(message);
    }

    private static TaskCompletionSource Opened()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.SetResult();
        return gate;
    }
}
