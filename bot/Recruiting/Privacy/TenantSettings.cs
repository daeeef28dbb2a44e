namespace RecruitBot.Recruiting.Privacy;

/// <summary>Settings an admin changes in chat, one row per tenant; a null value means "use the configured default".</summary>
public sealed class TenantSettings : ITenantOwned
{
    public required string TenantId { get; set; }

    /// <summary>Months after the last contact that a person is kept, unless their consent runs longer.</summary>
    public int? RetentionMonths { get; set; }

    public string? UpdatedByUserId { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
