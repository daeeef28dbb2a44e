namespace RecruitBot.Nudges;

/// <summary>Sent: the channel accepted it. RetryLater: 429/5xx/timeouts. Gone: 403, conversation gone, unknown recipient.</summary>
public enum DeliveryOutcome
{
    Sent,
    RetryLater,
    Gone,
}
