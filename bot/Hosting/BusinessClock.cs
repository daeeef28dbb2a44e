using System.Globalization;

namespace RecruitBot.Hosting;

/// <summary>
/// Chooses the business clock: message times, due dates and nudges. RECRUITBOT_NOW (e.g. 2025-11-18T09:00:00, read
/// in the terminal's time zone unless it carries an offset) freezes it outside Production. Security checks (token
/// expiry, Slack timestamps) never use this clock; they use <see cref="TimeProvider.System"/>.
/// </summary>
public static class BusinessClock
{
    public const string Variable = "RECRUITBOT_NOW";

    public static TimeProvider Create(IConfiguration configuration, IHostEnvironment environment)
    {
        var fixedNow = configuration[Variable];
        if (string.IsNullOrWhiteSpace(fixedNow) || environment.IsProduction()) return TimeProvider.System;
        var zone = Conversation.Turn.FindZone(configuration["Terminal:TimeZone"] ?? TimeZoneInfo.Local.Id);
        if (DateTimeOffset.TryParse(fixedNow, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && (fixedNow.EndsWith('Z') || fixedNow.Contains('+') || fixedNow.LastIndexOf('-') > 10))
        {
            return new FixedTimeProvider(withOffset, zone);
        }
        if (!DateTime.TryParse(fixedNow, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            throw new InvalidOperationException($"{Variable} must be an ISO date-time such as 2025-11-18T09:00:00, not '{fixedNow}'.");
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new FixedTimeProvider(new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)), zone);
    }
}
