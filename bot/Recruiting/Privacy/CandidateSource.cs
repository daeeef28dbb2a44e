namespace RecruitBot.Recruiting.Privacy;

/// <summary>How a person came to us; stored by name so the column reads plainly in exports and SQL.</summary>
public enum CandidateSource
{
    /// <summary>Rows from before sources were recorded, and people first met through a logged outcome.</summary>
    Unknown,
    Applied,
    Referred,
    Sourced,
}
