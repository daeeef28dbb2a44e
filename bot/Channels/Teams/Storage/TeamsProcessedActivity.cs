namespace RecruitBot.Channels.Teams.Storage;

/// <summary>A card action already handled; Teams retries, and the second delivery must not apply twice.</summary>
public sealed class TeamsProcessedActivity
{
    public required string TenantId { get; set; }
    public required string ActivityId { get; set; }
    public DateTime ProcessedAtUtc { get; set; }
}
