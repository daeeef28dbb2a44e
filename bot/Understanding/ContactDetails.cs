namespace RecruitBot.Understanding;

/// <summary>Contact details written in a message, when present.</summary>
public sealed record ContactDetails(string? Email, string? Phone, string? LinkedInUrl)
{
    public static readonly ContactDetails None = new(null, null, null);

    public bool IsEmpty => Email is null && Phone is null && LinkedInUrl is null;
}
