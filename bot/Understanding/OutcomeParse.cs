namespace RecruitBot.Understanding;

/// <summary>Everything the recognizer read from one message.</summary>
public sealed record OutcomeParse(IReadOnlyList<CandidateMention> Candidates, IReadOnlyList<DateEntity> Dates)
{
    public static readonly OutcomeParse Empty = new([], []);
}
