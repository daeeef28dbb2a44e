using RecruitBot.Channels.Slack.Processing;
using RecruitBot.Channels.Slack.WebApi;
using RecruitBot.Conversation;
using RecruitBot.Nudges;

namespace RecruitBot.Channels.Slack;

/// <summary>
/// Delivers outbox rows to Slack: "user:{id}" through <c>conversations.open</c> (the DM) then <c>chat.postMessage</c>,
/// "conversation:{id}" straight to <c>chat.postMessage</c>. Slack has no idempotency key for postMessage, so a crash
/// between Slack's accept and the outbox mark can repeat a message.
/// </summary>
public sealed class SlackProactiveChannel(IServiceScopeFactory scopes, ILogger<SlackProactiveChannel> log) : IProactiveChannel
{
    public const string Id = "slack";

    public string ChannelId => Id;

    public async Task<DeliveryResult> DeliverAsync(string tenantId, string recipient, CardReply card, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var api = services.GetRequiredService<SlackWebApiClient>();
        var conversations = services.GetRequiredService<SlackConversations>();
        string token;
        try
        {
            token = await services.GetRequiredService<SlackTokens>().ForTenantAsync(tenantId, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            return new DeliveryResult(DeliveryOutcome.Gone, $"Slack: {e.Message}");
        }

        string? channel = null;
        try
        {
            if (recipient.StartsWith("conversation:", StringComparison.Ordinal)) channel = recipient["conversation:".Length..];
            else if (recipient.StartsWith("user:", StringComparison.Ordinal))
                channel = (await api.OpenConversationAsync(token, recipient["user:".Length..], cancellationToken)).Channel?.Id;
            else return new DeliveryResult(DeliveryOutcome.Gone, $"Unrecognised recipient '{recipient}'.");
            if (string.IsNullOrEmpty(channel)) return new DeliveryResult(DeliveryOutcome.RetryLater, "Slack: conversations.open returned no channel.");
            if (await conversations.IsGoneAsync(tenantId, channel, cancellationToken))
                return new DeliveryResult(DeliveryOutcome.Gone, $"Slack: conversation {channel} is known to be gone.");

            var blocks = services.GetRequiredService<ISlackCardRenderer>().RenderBlocks(card);
            await api.PostMessageAsync(token, channel, card.Summary, blocks, ct: cancellationToken);
            return DeliveryResult.Sent;
        }
        catch (SlackApiException e)
        {
            var mapped = FromError(e.Error);
            log.LogInformation("Slack {Method} failed with {Error}: {Outcome}", e.Method, e.Error, mapped.Outcome);
            if (e.ConversationGone && channel is not null) await conversations.MarkGoneAsync(tenantId, channel, e.Error, cancellationToken);
            return mapped;
        }
        catch (HttpRequestException e)
        {
            return new DeliveryResult(DeliveryOutcome.RetryLater, $"Slack: {e.Message}");
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(DeliveryOutcome.RetryLater, $"Slack timed out: {e.Message}");
        }
    }

    /// <summary>
    /// Slack error codes (https://api.slack.com/methods/chat.postMessage#errors): the recipient, channel or install
    /// being gone, or Slack refusing the message itself, stops retries; throttling and Slack-side failures retry; anything unknown retries, bounded by the
    /// dispatcher's attempt limit, rather than silently dropping a message on a code we have not met.
    /// </summary>
    public static DeliveryResult FromError(string error)
    {
        var outcome = error switch
        {
            "channel_not_found" or "account_inactive" or "is_archived" or "not_in_channel" or "user_not_found" or "user_disabled"
                or "cannot_dm_bot" or "invalid_auth" or "not_authed" or "token_revoked" or "no_permission" or "missing_scope"
                or "restricted_action" or "msg_too_long" or "invalid_blocks" => DeliveryOutcome.Gone,
            _ => DeliveryOutcome.RetryLater,
        };
        return new DeliveryResult(outcome, $"Slack: {error}");
    }
}
