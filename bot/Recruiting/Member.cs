namespace RecruitBot.Recruiting;

/// <summary>
/// A person the bot has talked to in a tenant, on one channel: who they are, where to reach them and their time zone.
/// Recorded on every turn, so nudges can go to a recruiter at their local morning on the channel they use.
/// </summary>
public sealed class Member : ITenantOwned
{
    public required string TenantId { get; set; }

    /// <summary>"msteams", "slack" or "terminal".</summary>
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public string? DisplayName { get; set; }
    public string? TimeZoneId { get; set; }
    public DateTime FirstSeenUtc { get; set; }
    public DateTime LastSeenUtc { get; set; }
}
