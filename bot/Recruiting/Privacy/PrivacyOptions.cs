namespace RecruitBot.Recruiting.Privacy;

/// <summary>Bound from <c>Privacy</c>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Where "export" writes its JSON files; default: a recruitbot-exports folder in the system temp directory.</summary>
    public string? ExportDirectory { get; set; }
}
