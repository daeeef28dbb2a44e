namespace RecruitBot.Channels.Teams.Storage;

/// <summary>A serviceUrl that arrived on an authenticated activity for a tenant; only these receive our calls.</summary>
public sealed class TeamsServiceUrl
{
    public required string TenantId { get; set; }
    public required string ServiceUrl { get; set; }
    public DateTime LastSeenAtUtc { get; set; }
}
