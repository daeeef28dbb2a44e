namespace RecruitBot.Nudges;

/// <summary>What the channel said about one delivery.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static readonly DeliveryResult Sent = new(DeliveryOutcome.Sent);
}
