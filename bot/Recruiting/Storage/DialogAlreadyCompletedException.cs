namespace RecruitBot.Recruiting.Storage;

/// <summary>The dialog was completed by another turn (a repeated or concurrent card action).</summary>
public sealed class DialogAlreadyCompletedException() : InvalidOperationException("The dialog was already completed.");
