namespace RecruitBot.Nudges.Delivery;

/// <summary>
/// The keyed real clock for leases and retry waits. The business clock may be frozen (RECRUITBOT_NOW) for demos and
/// tests; a frozen clock would never let a lease expire or a backoff elapse, so delivery mechanics never use it.
/// </summary>
public static class DeliveryClock
{
    public const string Key = "delivery-real-clock";
}
