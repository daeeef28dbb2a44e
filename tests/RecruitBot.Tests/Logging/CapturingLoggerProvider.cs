using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RecruitBot.Tests.Logging;

/// <summary>Keeps every log entry (level, category, formatted message, exception) for assertions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public IReadOnlyList<CapturedLog> AtLeast(LogLevel level) => Entries.Where(e => e.Level >= level).ToList();

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue(new CapturedLog(logLevel, category, formatter(state, exception), exception));
    }
}
