using RecruitBot.Conversation;
using Microsoft.Extensions.Options;
using RecruitBot.Recruiting.Storage;

namespace RecruitBot.Nudges.Delivery;

/// <summary>
/// Delivers outbox rows: lease a batch, hand each row to its channel, and only then record the outcome. A row is
/// marked Sent strictly after the channel accepted it, so a crash can cause a redelivery but never a loss; adapters
/// that can recognise a redelivery (<see cref="IIdempotentProactiveChannel"/>) get the row's id to suppress it.
/// </summary>
public sealed class OutboxDispatcher
{
    private readonly OutboxLeases _leases;
    private readonly Dictionary<string, IProactiveChannel> _channels;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _business;
    private readonly TimeProvider _real;
    private readonly ILogger<OutboxDispatcher> _log;
    private readonly Random _random;

    public OutboxDispatcher(OutboxLeases leases, IEnumerable<IProactiveChannel> channels, IOptions<DeliveryOptions> options,
        TimeProvider businessClock, [FromKeyedServices(DeliveryClock.Key)] TimeProvider realClock, ILogger<OutboxDispatcher> log,
        Random? random = null)
    {
        _leases = leases;
        _channels = new Dictionary<string, IProactiveChannel>(StringComparer.Ordinal);
        foreach (var channel in channels)
            if (!_channels.TryAdd(channel.ChannelId, channel))
                throw new InvalidOperationException($"Two delivery adapters claim channel '{channel.ChannelId}'.");
        _options = options.Value;
        _business = businessClock;
        _real = realClock;
        _log = log;
        _random = random ?? Random.Shared;
        Owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>This dispatcher's lease name: unique per instance, readable in the table when debugging.</summary>
    public string Owner { get; }

    /// <summary>The channels this instance can deliver to; rows of other channels are left for instances that can.</summary>
    public IReadOnlyCollection<string> Channels => _channels.Keys;

    /// <summary>Leases one batch and delivers it, one row at a time in due order.</summary>
    public async Task<DispatchReport> DispatchBatchAsync(CancellationToken ct = default)
    {
        var leased = await _leases.LeaseAsync(Owner, Channels, _business.GetUtcNow().UtcDateTime, _real.GetUtcNow().UtcDateTime,
            _options.Lease, _options.BatchSize, ct);
        int sent = 0, retried = 0, dead = 0, skipped = 0, lost = 0;
        foreach (var row in leased)
        {
            var outcome = await DeliverOneAsync(row, ct);
            switch (outcome)
            {
                case RowOutcome.Sent: sent++; break;
                case RowOutcome.Retried: retried++; break;
                case RowOutcome.Dead: dead++; break;
                case RowOutcome.Skipped: skipped++; break;
                case RowOutcome.LeaseLost: lost++; break;
            }
        }
        return new DispatchReport(leased.Count, sent, retried, dead, skipped, lost);
    }

    private async Task<RowOutcome> DeliverOneAsync(LeasedMessage row, CancellationToken ct)
    {
        // A send started this close to the lease's end could outlive it and race another instance's redelivery.
        if (_real.GetUtcNow().UtcDateTime > row.LeaseUntilUtc - SendMargin())
        {
            await _leases.ReleaseAsync(row.Id, Owner, ct);
            return RowOutcome.Skipped;
        }
        if (row.Attempts > _options.MaxAttempts)
            return await DeadAsync(row, $"Gave up after {row.Attempts - 1} attempts; last: interrupted or unanswered.", ct);

        CardReplyOrError card;
        try
        {
            card = new(ForRecipient(CardPayload.Deserialize(row.Payload), row), null);
        }
        catch (Exception e)
        {
            card = new(null, $"Unreadable payload: {e.Message}");
        }
        if (card.Error is not null) return await DeadAsync(row, card.Error, ct);

        DeliveryResult result;
        try
        {
            var channel = _channels[row.ChannelId];
            result = channel is IIdempotentProactiveChannel idempotent
                ? await idempotent.DeliverAsync(new DeliveryRequest(row.Id, row.IdempotencyKey, row.TenantId, row.Recipient, card.Card!, row.Attempts), ct)
                : await channel.DeliverAsync(row.TenantId, row.Recipient, card.Card!, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // shutting down: the lease expires and another run delivers it
        }
        catch (Exception e)
        {
            // An adapter bug or an unmapped transport failure: retry, bounded by MaxAttempts.
            result = new DeliveryResult(DeliveryOutcome.RetryLater, $"{e.GetType().Name}: {e.Message}");
        }

        switch (result.Outcome)
        {
            case DeliveryOutcome.Sent:
                return await _leases.MarkSentAsync(row.Id, Owner, _business.GetUtcNow().UtcDateTime, ct)
                    ? RowOutcome.Sent : LeaseLost(row);
            case DeliveryOutcome.Gone:
                return await DeadAsync(row, result.Error ?? "Recipient gone.", ct);
            default:
                if (row.Attempts >= _options.MaxAttempts)
                    return await DeadAsync(row, $"Gave up after {row.Attempts} attempts; last: {result.Error ?? "retry later"}", ct);
                var delay = DeliveryBackoff.Delay(row.Attempts, result.RetryAfter, TimeSpan.FromSeconds(_options.BackoffMinSeconds),
                    TimeSpan.FromSeconds(_options.BackoffMaxSeconds), TimeSpan.FromSeconds(_options.MaxRetryAfterSeconds), _random);
                var retryAt = _real.GetUtcNow().UtcDateTime + delay;
                _log.LogInformation("Outbox {Id} ({Channel}) will retry in {Delay}: {Error}", row.Id, row.ChannelId, delay, result.Error);
                return await _leases.MarkRetryAsync(row.Id, Owner, retryAt, result.Error ?? "retry later", ct)
                    ? RowOutcome.Retried : LeaseLost(row);
        }
    }

    private async Task<RowOutcome> DeadAsync(LeasedMessage row, string error, CancellationToken ct)
    {
        _log.LogWarning("Outbox {Id} ({Channel}, tenant {Tenant}) is dead: {Error}", row.Id, row.ChannelId, row.TenantId, error);
        return await _leases.MarkDeadAsync(row.Id, Owner, error, ct) ? RowOutcome.Dead : LeaseLost(row);
    }

    private RowOutcome LeaseLost(LeasedMessage row)
    {
        _log.LogWarning("Outbox {Id}: lease lost before the outcome was recorded; another instance owns it now", row.Id);
        return RowOutcome.LeaseLost;
    }

    /// <summary>A tenth of the lease, at least half a second: no send starts this close to the lease's end.</summary>
    private TimeSpan SendMargin() => TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond / 2, _options.Lease.Ticks / 10));

    private sealed record CardReplyOrError(Conversation.CardReply? Card, string? Error);

    private enum RowOutcome { Sent, Retried, Dead, Skipped, LeaseLost }

    /// <summary>
    /// A proactive card's buttons are for its recipient: the user it was sent to, or anyone in the tenant when it went
    /// to a shared conversation. Planners may set a narrower audience themselves.
    /// </summary>
    internal static CardReply ForRecipient(CardReply card, LeasedMessage row) =>
        card.Audience is not null ? card : card with
        {
            Audience = new ActionAudience(row.TenantId, row.Recipient.StartsWith("user:", StringComparison.Ordinal) ? row.Recipient["user:".Length..] : null),
        };
}
