using System.Net;
using RecruitBot.Conversation;
using RecruitBot.Nudges;

namespace RecruitBot.Channels.Teams;

/// <summary>
/// Delivers outbox rows to Teams through <see cref="TeamsProactiveSender"/>: "user:{id}" goes to the user's 1:1 chat
/// (stored or created), "conversation:{id}" to a stored conversation. Teams offers no idempotency key, so a crash
/// between the connector's accept and the outbox mark can repeat a message; see the delivery notes in the README.
/// </summary>
public sealed class TeamsProactiveChannel(IServiceScopeFactory scopes, ILogger<TeamsProactiveChannel> log) : IProactiveChannel
{
    public const string Id = "msteams";

    public string ChannelId => Id;

    public async Task<DeliveryResult> DeliverAsync(string tenantId, string recipient, CardReply card, CancellationToken cancellationToken)
    {
        // The sender holds a typed HttpClient: take a fresh one per delivery so handler rotation keeps working.
        await using var scope = scopes.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<TeamsProactiveSender>();
        try
        {
            ProactiveSendResult result;
            if (recipient.StartsWith("user:", StringComparison.Ordinal))
                result = await sender.SendToUserAsync(tenantId, recipient["user:".Length..], card, cancellationToken);
            else if (recipient.StartsWith("conversation:", StringComparison.Ordinal))
                result = await sender.SendAsync(tenantId, recipient["conversation:".Length..], card, cancellationToken);
            else
                return new DeliveryResult(DeliveryOutcome.Gone, $"Unrecognised recipient '{recipient}'.");
            return FromStatus(result.Status);
        }
        catch (HttpRequestException e)
        {
            var mapped = FromHttpFailure(e.StatusCode, e.Message);
            log.LogInformation("Teams delivery failed (HTTP {Status}): {Outcome}", (int?)e.StatusCode, mapped.Outcome);
            return mapped;
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(DeliveryOutcome.RetryLater, $"Teams connector timed out: {e.Message}");
        }
    }

    /// <summary>The sender's verdicts: anything but Sent means this address will not take messages.</summary>
    public static DeliveryResult FromStatus(ProactiveSendStatus status) => status switch
    {
        ProactiveSendStatus.Sent => DeliveryResult.Sent,
        ProactiveSendStatus.Gone => new(DeliveryOutcome.Gone, "Teams: the bot was removed or the conversation no longer exists (403/404)."),
        ProactiveSendStatus.UnknownConversation => new(DeliveryOutcome.Gone, "Teams: no stored conversation for this recipient; they must message the bot first."),
        ProactiveSendStatus.ServiceUrlNotAllowed => new(DeliveryOutcome.Gone, "Teams: the stored serviceUrl was never seen on an authenticated activity."),
        _ => new(DeliveryOutcome.RetryLater, $"Teams: unexpected status {status}."),
    };

    /// <summary>
    /// Failures the connector client gave up on after its own retries. Throttling, server errors, timeouts and
    /// network errors (no status) are worth another try later, and so is 401 (credentials can be fixed without
    /// losing the message); any other 4xx means the request itself is refused, and repeating it cannot help.
    /// </summary>
    public static DeliveryResult FromHttpFailure(HttpStatusCode? status, string message)
    {
        var code = (int?)status;
        var retry = code is null or 401 or 408 or 412 or 429 or >= 500;
        return new DeliveryResult(retry ? DeliveryOutcome.RetryLater : DeliveryOutcome.Gone, $"Teams: {message}");
    }
}
