using System.Globalization;
using Microsoft.Extensions.Options;
using RecruitBot.Conversation;

namespace RecruitBot.Nudges.Delivery;

/// <summary>
/// Channel "file", for delivery drills (the kill -9 crash test) and demos: appends one line per accepted message to
/// <see cref="DeliveryOptions.FileChannelPath"/> and, like a remote API with idempotency keys, recognises a row it has
/// already accepted. A redelivery is recorded as a "duplicate" line and answered Sent without a second "accepted"
/// line, so a drill can count both how often the crash window was hit and that nobody got a message twice.
/// One process at a time per file.
/// </summary>
public sealed class FileProactiveChannel(IOptions<DeliveryOptions> options, [FromKeyedServices(DeliveryClock.Key)] TimeProvider realClock)
    : IIdempotentProactiveChannel
{
    public const string Id = "file";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HashSet<Guid>? _accepted;

    public string ChannelId => Id;

    public Task<DeliveryResult> DeliverAsync(string tenantId, string recipient, CardReply card, CancellationToken cancellationToken) =>
        DeliverAsync(new DeliveryRequest(Guid.NewGuid(), "", tenantId, recipient, card, 1), cancellationToken);

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var path = options.Value.FileChannelPath ?? throw new InvalidOperationException("Delivery:FileChannelPath is not set.");
        if (options.Value.FileChannelDelayMs > 0)
            await Task.Delay(TimeSpan.FromMilliseconds(options.Value.FileChannelDelayMs), realClock, cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _accepted ??= Load(path);
            var kind = _accepted.Add(request.OutboxId) ? "accepted" : "duplicate";
            var line = string.Join('\t', kind, request.OutboxId.ToString("D", CultureInfo.InvariantCulture), request.IdempotencyKey,
                request.TenantId, request.Recipient, Environment.ProcessId.ToString(CultureInfo.InvariantCulture)) + "\n";
            await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            var bytes = System.Text.Encoding.UTF8.GetBytes(line);
            await file.WriteAsync(bytes, cancellationToken);
            file.Flush(flushToDisk: true); // accepted means durably recorded, as a remote API's 200 would
            return DeliveryResult.Sent;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Ids already accepted, read from the file (a partial last line from a crash is ignored).</summary>
    public static HashSet<Guid> Load(string path)
    {
        var ids = new HashSet<Guid>();
        if (!File.Exists(path)) return ids;
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 6 && parts[0] == "accepted" && Guid.TryParse(parts[1], out var id)) ids.Add(id);
        }
        return ids;
    }
}
