namespace RecruitBot.Understanding;

/// <summary>Finds dates, date ranges and durations in free text. Never throws on any input string.</summary>
public interface IDateRecognizer
{
    /// <param name="text">The message.</param>
    /// <param name="referenceLocal">"Now" for the message, as a naive local time in the user's zone.</param>
    IReadOnlyList<DateEntity> Recognize(string text, DateTime referenceLocal);
}
