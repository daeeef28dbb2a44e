namespace RecruitBot.Recruiting.Storage;

/// <summary>A generated, install-wide secret (not tenant data), e.g. the card-action signing key when none is configured.</summary>
public sealed class AppSecret
{
    public required string Name { get; set; }
    public required string Value { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
