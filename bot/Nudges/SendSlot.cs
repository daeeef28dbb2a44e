namespace RecruitBot.Nudges;

/// <summary>When a planned card goes out: the recipient's local day (part of its idempotency key) and the UTC instant.</summary>
public readonly record struct SendSlot(DateOnly LocalDate, DateTime SendAtUtc);
