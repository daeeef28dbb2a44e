using RecruitBot.Channels.Slack.Processing;

namespace RecruitBot.Channels.Slack.Inbox;

/// <summary>Claims one inbox row, runs the matching handler, and records done or failed (retried later).</summary>
public sealed class SlackInboxProcessor(SlackInbox inbox, IServiceScopeFactory scopes, ILogger<SlackInboxProcessor> log)
{
    public async Task ProcessAsync(Guid id, CancellationToken ct)
    {
        var item = await inbox.TryClaimAsync(id, ct);
        if (item is null) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            switch (item.Kind)
            {
                case SlackInboxKeys.Event: await sp.GetRequiredService<SlackEventHandler>().HandleAsync(item, ct); break;
                case SlackInboxKeys.Command: await sp.GetRequiredService<SlackCommandHandler>().HandleAsync(item, ct); break;
                default: await sp.GetRequiredService<SlackInteractionHandler>().HandleAsync(item, ct); break;
            }
            await inbox.MarkDoneAsync(item.Id, CancellationToken.None);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // shutting down: the lease expires and the row is picked up on restart
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Slack {Kind} {EventId} failed (attempt {Attempt})", item.Kind, item.EventId, item.Attempts);
            await inbox.MarkFailedAsync(item.Id, item.Attempts, ex.GetType().Name + ": " + ex.Message, CancellationToken.None);
        }
    }
}
