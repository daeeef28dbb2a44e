using RecruitBot.Recruiting.Access;

namespace RecruitBot.Recruiting;

/// <summary>
/// Memo of the reads the engine and its features all repeat within one turn (the person's roles, their live
/// dialogs). The engine opens one per turn; it flows with the async call chain and is closed when the turn ends, so
/// nothing is ever carried into the next turn: a grant, revoke or dialog written now is read fresh next time.
/// Writes through <see cref="Access.AccessService"/> and <see cref="Storage.DialogStore"/> drop what they could change,
/// so later reads in the same turn see them.
/// </summary>
public sealed class TurnCache : IDisposable
{
    private static readonly AsyncLocal<TurnCache?> Ambient = new();

    private readonly TurnCache? _outer;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Tenant, string User), IReadOnlySet<TenantRole>> _roles = [];
    private LiveDialogs? _dialogs;
    private bool _closed;

    private TurnCache(TurnCache? outer) => _outer = outer;

    /// <summary>The open cache of the current turn, or null outside a turn (background work, start-up).</summary>
    internal static TurnCache? Current => Ambient.Value is { _closed: false } open ? open : null;

    public static TurnCache Open()
    {
        var cache = new TurnCache(Ambient.Value);
        Ambient.Value = cache;
        return cache;
    }

    public void Dispose()
    {
        lock (_gate) _closed = true;
        if (ReferenceEquals(Ambient.Value, this)) Ambient.Value = _outer;
    }

    internal IReadOnlySet<TenantRole>? Roles(string tenantId, string userId)
    {
        lock (_gate) return _roles.GetValueOrDefault((tenantId, userId));
    }

    internal void RememberRoles(string tenantId, string userId, IReadOnlySet<TenantRole> roles)
    {
        lock (_gate) _roles[(tenantId, userId)] = roles;
    }

    internal void ForgetRoles()
    {
        lock (_gate) _roles.Clear();
    }

    internal IReadOnlyList<DialogStateRecord>? Dialogs(string tenantId, string conversationId, string userId, DateTime nowUtc)
    {
        lock (_gate)
        {
            return _dialogs is { } d && d.Tenant == tenantId && d.Conversation == conversationId && d.User == userId && d.NowUtc == nowUtc
                ? d.Rows
                : null;
        }
    }

    internal void RememberDialogs(string tenantId, string conversationId, string userId, DateTime nowUtc, IReadOnlyList<DialogStateRecord> rows)
    {
        lock (_gate) _dialogs = new LiveDialogs(tenantId, conversationId, userId, nowUtc, rows);
    }

    internal void ForgetDialogs()
    {
        lock (_gate) _dialogs = null;
    }

    private sealed record LiveDialogs(string Tenant, string Conversation, string User, DateTime NowUtc, IReadOnlyList<DialogStateRecord> Rows);
}
