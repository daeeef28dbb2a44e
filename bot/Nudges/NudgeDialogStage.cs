namespace RecruitBot.Nudges;

/// <summary>What a pending nudge dialog is waiting for.</summary>
public enum NudgeDialogStage
{
    AwaitResponse,
    AwaitReason,
    ConfirmTrack,
}
