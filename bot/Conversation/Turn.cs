namespace RecruitBot.Conversation;

/// <summary>One turn's facts, worked out once: who, where, and what "now" and "today" are for this user.</summary>
public sealed record Turn(IncomingMessage Message, DateTime NowUtc, DateTime LocalNow)
{
    public string TenantId => Message.TenantId;
    public string UserId => Message.User.Id;
    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public static Turn Start(IncomingMessage message, DateTimeOffset now)
    {
        var zone = FindZone(message.TimeZoneId);
        return new Turn(message, now.UtcDateTime, TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }

    /// <summary>An unknown or missing zone falls back to UTC rather than failing the turn.</summary>
    public static TimeZoneInfo FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Utc;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
