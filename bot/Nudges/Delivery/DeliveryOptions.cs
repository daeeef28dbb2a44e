namespace RecruitBot.Nudges.Delivery;

/// <summary>
/// How the outbox dispatcher runs, bound from <c>Delivery</c>. Leases and retry waits run on the real clock; a
/// row's planned time (<see cref="OutboxMessage.NextAttemptAtUtc"/>) is compared with the business clock.
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Run the dispatcher loop in this process (turn off on instances that should only take traffic).</summary>
    public bool RunDispatcher { get; set; } = true;

    /// <summary>Rows leased per batch.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a lease keeps other instances away. Must comfortably exceed one channel send including its own
    /// retries, or a slow send could be taken over and sent twice; rows whose lease is nearly up are not sent.
    /// </summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Wait between batches when the last one found nothing to do.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>Attempts (leases) before a row is given up as Dead.</summary>
    public int MaxAttempts { get; set; } = 8;

    public double BackoffMinSeconds { get; set; } = 5;
    public double BackoffMaxSeconds { get; set; } = 3600;

    /// <summary>A channel's Retry-After is honoured up to this long.</summary>
    public double MaxRetryAfterSeconds { get; set; } = 6 * 3600;

    /// <summary>Optional "file" channel for delivery drills (see <see cref="FileProactiveChannel"/>); off when empty.</summary>
    public string? FileChannelPath { get; set; }

    /// <summary>Artificial latency of the file channel, so a drill can interrupt a batch mid-flight.</summary>
    public int FileChannelDelayMs { get; set; }

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
    public TimeSpan Poll => TimeSpan.FromSeconds(PollSeconds);

    public IEnumerable<string> Validate()
    {
        if (BatchSize is < 1 or > 1000) yield return "Delivery:BatchSize must be between 1 and 1000.";
        if (LeaseSeconds is < 1 or > 86400) yield return "Delivery:LeaseSeconds must be between 1 and 86400.";
        if (PollSeconds is < 0.01 or > 3600) yield return "Delivery:PollSeconds must be between 0.01 and 3600.";
        if (MaxAttempts is < 1 or > 1000) yield return "Delivery:MaxAttempts must be between 1 and 1000.";
        if (BackoffMinSeconds < 0 || BackoffMaxSeconds < BackoffMinSeconds)
            yield return "Delivery:BackoffMinSeconds must be >= 0 and <= Delivery:BackoffMaxSeconds.";
        if (MaxRetryAfterSeconds < 0) yield return "Delivery:MaxRetryAfterSeconds must be >= 0.";
        if (FileChannelDelayMs is < 0 or > 60000) yield return "Delivery:FileChannelDelayMs must be between 0 and 60000.";
    }
}
