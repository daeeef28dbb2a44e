namespace RecruitBot.Nudges;

/// <summary>Which buttons a nudge card's item shows: the main actions, the outreach responses, or the snooze periods.</summary>
public enum NudgeItemMode
{
    Main,
    Respond,
    Snooze,
}
