using Microsoft.EntityFrameworkCore;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges;

/// <summary>Adds messages to the outbox inside the caller's unit of work, so they commit with the state they came from.</summary>
public static class Outbox
{
    /// <returns>False when a message with the same idempotency key already exists (it is not added again).</returns>
    public static async Task<bool> EnqueueAsync(RecruitingDb db, string kind, string idempotencyKey, string channelId, string recipient,
        CardReply card, DateTime nowUtc, DateTime? notBeforeUtc = null, CancellationToken ct = default)
    {
        var tenant = db.TenantId ?? throw new InvalidOperationException("The context is not bound to a tenant.");
        if (await db.Outbox.AnyAsync(o => o.IdempotencyKey == idempotencyKey, ct)
            || db.Outbox.Local.Any(o => o.IdempotencyKey == idempotencyKey))
        {
            return false;
        }
        db.Outbox.Add(new OutboxMessage
        {
            TenantId = tenant, Kind = kind, IdempotencyKey = idempotencyKey, ChannelId = channelId, Recipient = recipient,
            Payload = CardPayload.Serialize(card), CreatedAtUtc = nowUtc, NextAttemptAtUtc = notBeforeUtc ?? nowUtc,
        });
        return true;
    }
}
