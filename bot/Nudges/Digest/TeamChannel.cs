using RecruitBot.Recruiting;

namespace RecruitBot.Nudges.Digest;

/// <summary>
/// A team channel the bot was added to (Teams install, Slack invite), which gets the weekly digest. Candidate names
/// stay out of the channel unless the team opted in (<see cref="ShowNames"/>).
/// </summary>
public sealed class TeamChannel : ITenantOwned
{
    public required string TenantId { get; set; }

    /// <summary>"msteams" or "slack".</summary>
    public required string ChannelId { get; set; }

    /// <summary>The channel's conversation id on that platform; the digest goes to "conversation:{id}".</summary>
    public required string ConversationId { get; set; }

    public string? Name { get; set; }
    public string? TimeZoneId { get; set; }
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;
    public TimeOnly DigestTime { get; set; } = new(9, 0);
    public bool Enabled { get; set; } = true;
    public bool ShowNames { get; set; }
    public DateTime RegisteredAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string? UpdatedByUserId { get; set; }
}
