using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RecruitBot.Tests.Support;

/// <summary>
/// Counts the SQL commands EF Core runs against one database file, via EF's diagnostic events, so tests running in
/// parallel against other files don't disturb the count.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _file;
    private readonly IDisposable _all;
    private readonly ConcurrentBag<IDisposable> _subscriptions = [];
    private readonly ConcurrentQueue<string> _commands = new();

    private SqlCommandCounter(string file)
    {
        _file = file;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>
    /// Subscribes, then waits out EF Core's logging cache (1 s by default): pooled contexts remember for that long that
    /// nobody listened, so a counter started right after the bot's last query would see nothing.
    /// </summary>
    public static async Task<SqlCommandCounter> StartAsync(string file)
    {
        var counter = new SqlCommandCounter(file);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        return counter;
    }

    public IReadOnlyList<string> Commands => _commands.ToList();

    public void Reset() => _commands.Clear();

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key != RelationalEventId.CommandExecuting.Name || e.Value is not CommandEventData data) return;
        if (data.Command.Connection?.ConnectionString.Contains(_file, StringComparison.Ordinal) != true) return;
        _commands.Enqueue(data.Command.CommandText);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        foreach (var s in _subscriptions) s.Dispose();
    }
}
