using RecruitBot.Conversation;

namespace RecruitBot.Nudges.Delivery;

/// <summary>One delivery with its outbox identity, so an adapter can deduplicate where its channel allows it.</summary>
public sealed record DeliveryRequest(Guid OutboxId, string IdempotencyKey, string TenantId, string Recipient, CardReply Card, int Attempt);
