namespace RecruitBot.Tests.Nudges.Delivery;

/// <summary>A clock the test moves by hand: one for the business clock, one for the real clock.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
