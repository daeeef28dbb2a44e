namespace RecruitBot.Recruiting;

/// <summary>What an undo reverted: the outcomes of the user's last write, now retracted.</summary>
public sealed record UndoResult(IReadOnlyList<string> Descriptions);
