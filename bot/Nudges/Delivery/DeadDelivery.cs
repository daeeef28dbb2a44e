namespace RecruitBot.Nudges.Delivery;

/// <summary>A message that will not be delivered, as the admin status lists it.</summary>
public sealed record DeadDelivery(Guid Id, string Kind, string ChannelId, string Recipient, int Attempts, DateTime CreatedAtUtc, string? Error);
