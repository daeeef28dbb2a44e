using System.Text;
using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Channels.Teams.Files;

/// <summary>
/// Files offered on consent cards, held in memory only until the user answers: at most <see cref="Lifetime"/>, at most
/// <see cref="MaxFiles"/> files and <see cref="MaxBytes"/> bytes (the oldest go first). They are personal data, so
/// nothing is written to disk, expired or evicted content is zeroed, a timer sweeps even when no one asks, and
/// "forget" erases any pending file that mentions the person. A restart loses pending offers; the user is told to ask
/// again, which is the right trade for data that should not linger.
/// </summary>
public sealed class PendingTeamsFiles : IErasureParticipant, IDisposable
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    private readonly object _gate = new();
    private readonly LinkedList<PendingTeamsFile> _byAge = new();
    private readonly Dictionary<Guid, LinkedListNode<PendingTeamsFile>> _byId = new();
    private readonly TimeProvider _clock;
    private readonly ITimer _sweeper;
    private long _bytes;

    public PendingTeamsFiles(TimeProvider clock, TimeSpan? lifetime = null, int maxFiles = 200, long maxBytes = 64L * 1024 * 1024)
    {
        _clock = clock;
        Lifetime = lifetime ?? DefaultLifetime;
        MaxFiles = maxFiles;
        MaxBytes = maxBytes;
        var every = Lifetime < TimeSpan.FromMinutes(1) ? Lifetime : TimeSpan.FromMinutes(1);
        _sweeper = clock.CreateTimer(_ => Sweep(), null, every, every);
    }

    public TimeSpan Lifetime { get; }
    public int MaxFiles { get; }
    public long MaxBytes { get; }

    public int Count
    {
        get { lock (_gate) return _byId.Count; }
    }

    /// <summary>Holds the content for its requester; null when it is larger than the whole budget.</summary>
    public PendingTeamsFile? Add(string tenantId, string userId, string fileName, byte[] content)
    {
        if (content.Length > MaxBytes) return null;
        var file = new PendingTeamsFile(Guid.NewGuid(), tenantId, userId, fileName, content.ToArray(), _clock.GetUtcNow().UtcDateTime + Lifetime);
        lock (_gate)
        {
            SweepLocked();
            while (_byId.Count > 0 && (_byId.Count >= MaxFiles || _bytes + content.Length > MaxBytes)) RemoveLocked(_byAge.First!, zero: true);
            _byId[file.Id] = _byAge.AddLast(file);
            _bytes += content.Length;
        }
        return file;
    }

    /// <summary>
    /// Removes and returns the file when it exists, has not expired and belongs to this tenant and user; otherwise
    /// null, and someone else's file stays where it is (a forged or misrouted answer must not destroy it).
    /// </summary>
    public PendingTeamsFile? TryTake(Guid id, string tenantId, string userId)
    {
        lock (_gate)
        {
            SweepLocked();
            if (!_byId.TryGetValue(id, out var node) || node.Value.TenantId != tenantId || node.Value.UserId != userId) return null;
            RemoveLocked(node, zero: false);
            return node.Value;
        }
    }

    public Task<int> EraseAsync(string tenantId, IReadOnlyList<string> terms, CancellationToken ct)
    {
        var erased = 0;
        lock (_gate)
        {
            foreach (var node in Nodes().Where(n => n.Value.TenantId == tenantId && Mentions(n.Value, terms)).ToList())
            {
                RemoveLocked(node, zero: true);
                erased++;
            }
        }
        return Task.FromResult(erased);
    }

    public void Sweep()
    {
        lock (_gate) SweepLocked();
    }

    private static bool Mentions(PendingTeamsFile file, IReadOnlyList<string> terms)
    {
        var text = Encoding.UTF8.GetString(file.Content);
        return terms.Any(t => t.Length > 0 && (text.Contains(t, StringComparison.OrdinalIgnoreCase) || file.FileName.Contains(t, StringComparison.OrdinalIgnoreCase)));
    }

    private void SweepLocked()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var node in Nodes().Where(n => n.Value.ExpiresAtUtc <= now).ToList()) RemoveLocked(node, zero: true);
    }

    private IEnumerable<LinkedListNode<PendingTeamsFile>> Nodes()
    {
        for (var node = _byAge.First; node is not null; node = node.Next) yield return node;
    }

    private void RemoveLocked(LinkedListNode<PendingTeamsFile> node, bool zero)
    {
        _byAge.Remove(node);
        _byId.Remove(node.Value.Id);
        _bytes -= node.Value.Content.Length;
        if (zero) Array.Clear(node.Value.Content);
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        lock (_gate)
        {
            foreach (var node in Nodes().ToList()) RemoveLocked(node, zero: true);
        }
    }
}
