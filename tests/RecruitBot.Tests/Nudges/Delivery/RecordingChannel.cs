using System.Collections.Concurrent;
using RecruitBot.Conversation;
using RecruitBot.Nudges;
using RecruitBot.Nudges.Delivery;

namespace RecruitBot.Tests.Nudges.Delivery;

/// <summary>
/// A channel that records every delivery (with the outbox id when the dispatcher passes it) and answers from a
/// script: call n gets <c>answer(n)</c>; Sent by default.
/// </summary>
public sealed class RecordingChannel(string channelId = "test", Func<int, DeliveryRequest, Task<DeliveryResult>>? answer = null)
    : IIdempotentProactiveChannel
{
    private int _calls;

    public string ChannelId => channelId;
    public ConcurrentQueue<DeliveryRequest> Calls { get; } = new();
    public int CallCount => Volatile.Read(ref _calls);

    public Task<DeliveryResult> DeliverAsync(string tenantId, string recipient, CardReply card, CancellationToken cancellationToken) =>
        DeliverAsync(new DeliveryRequest(Guid.Empty, "", tenantId, recipient, card, 0), cancellationToken);

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _calls);
        Calls.Enqueue(request);
        return answer is null ? DeliveryResult.Sent : await answer(n, request);
    }
}
