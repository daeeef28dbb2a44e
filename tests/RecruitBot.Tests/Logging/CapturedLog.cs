using Microsoft.Extensions.Logging;

namespace RecruitBot.Tests.Logging;

public sealed record CapturedLog(LogLevel Level, string Category, string Message, Exception? Exception)
{
    /// <summary>Everything a log sink would write: the message and, when present, the exception text.</summary>
    public string Text => Exception is null ? Message : Message + "\n" + Exception;

    public override string ToString() => $"[{Level}] {Category}: {Text}";
}
