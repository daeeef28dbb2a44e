namespace RecruitBot.Recruiting.Privacy;

/// <summary>A typed consent, source or retention command (see <see cref="ConsentCommandParser"/>).</summary>
public abstract record ConsentCommand
{
    /// <summary>"Priya Shah applied", "sourced Priya Shah", "Priya Shah was referred", "source Priya Shah: sourced".</summary>
    public sealed record SetSource(string Name, CandidateSource Source) : ConsentCommand;

    /// <summary>"consent Priya Shah until 2027-06-01", "Priya Shah agreed to stay in the pool" (<see cref="Until"/> null: the default term).</summary>
    public sealed record Give(string Name, string? Until) : ConsentCommand;

    /// <summary>"Priya Shah declined to stay in the pool", "no consent Priya Shah".</summary>
    public sealed record Refuse(string Name) : ConsentCommand;

    /// <summary>"set retention 18 months" (admins).</summary>
    public sealed record SetRetention(int Months) : ConsentCommand;

    /// <summary>"retention", "show retention".</summary>
    public sealed record ShowRetention : ConsentCommand;
}
