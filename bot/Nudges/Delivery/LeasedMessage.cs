namespace RecruitBot.Nudges.Delivery;

/// <summary>A row this dispatcher holds the lease on, copied out of the store (never tracked).</summary>
/// <param name="Attempts">Including this one: the lease itself counts as an attempt started.</param>
public sealed record LeasedMessage(Guid Id, string TenantId, string Kind, string IdempotencyKey, string ChannelId,
    string Recipient, string Payload, int Attempts, DateTime LeaseUntilUtc);
