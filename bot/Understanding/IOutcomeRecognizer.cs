namespace RecruitBot.Understanding;

/// <summary>
/// Turns a hiring manager's free text into zero or more candidate outcomes.
/// Never throws on any input string; unreadable text gives <see cref="OutcomeParse.Empty"/>.
/// </summary>
public interface IOutcomeRecognizer
{
    /// <param name="text">The message.</param>
    /// <param name="referenceLocal">The message's timestamp as naive local time in the user's zone.</param>
    OutcomeParse Recognize(string text, DateTime referenceLocal);
}
