namespace RecruitBot.Recruiting.Privacy;

/// <summary>Bound from <c>Privacy</c>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Where the terminal saves "export" files; default: a recruitbot-exports folder in the system temp directory.
    /// Teams and Slack hand the file to the requester in chat and write nothing to disk.
    /// </summary>
    public string? ExportDirectory { get; set; }
}
