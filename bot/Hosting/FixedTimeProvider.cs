namespace RecruitBot.Hosting;

/// <summary>A business clock stopped at one instant, for scripted transcripts and demos (RECRUITBOT_NOW).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => zone;
}
