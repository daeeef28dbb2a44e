namespace RecruitBot.Nudges.Delivery;

/// <summary>
/// A channel that can recognise a redelivery of the same outbox row (e.g. one that stores an idempotency key with
/// each message). The dispatcher prefers this overload, so a message sent just before a crash, and sent again after
/// the lease expired, reaches the person once. Teams and Slack offer no such key; their adapters use the plain one.
/// </summary>
public interface IIdempotentProactiveChannel : IProactiveChannel
{
    Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken);
}
