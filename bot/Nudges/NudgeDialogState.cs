namespace RecruitBot.Nudges;

/// <summary>A nudge question waiting for a typed answer: the outreach response, the do-not-contact reason, or a track confirmation.</summary>
public sealed class NudgeDialogState
{
    public const string Kind = "nudge";

    public NudgeDialogStage Stage { get; set; }
    public Guid? CandidateId { get; set; }
    public string Name { get; set; } = "";
    public string Nonce { get; set; } = "";
    public Guid? NudgeId { get; set; }

    public string? Role { get; set; }
    public string? TrackStage { get; set; }
    public DateOnly StartedOn { get; set; }
}
