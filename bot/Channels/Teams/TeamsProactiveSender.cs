using RecruitBot.Channels.Teams.Outbound;
using RecruitBot.Channels.Teams.Storage;
using RecruitBot.Conversation;

namespace RecruitBot.Channels.Teams;

/// <summary>
/// Sends bot-initiated messages (nudges, slow-turn results) to stored Teams conversations or to a user 1:1.
/// Only conversations the bot has heard from, on serviceUrls that came with an authenticated activity.
/// </summary>
public sealed class TeamsProactiveSender(TeamsConversationStore store, BotConnectorClient connector, TeamsReplyFactory replies, ILogger<TeamsProactiveSender> log)
{
    public async Task<ProactiveSendResult> SendAsync(string tenantId, string conversationId, Reply reply, CancellationToken ct = default)
    {
        var reference = await store.FindAsync(tenantId, conversationId, ct);
        if (reference is null) return new(ProactiveSendStatus.UnknownConversation);
        return await SendToReferenceAsync(reference, reference.ConversationId, reply, ct);
    }

    /// <summary>Sends to the user's 1:1 chat with the bot, creating it from any conversation they share with the bot.</summary>
    public async Task<ProactiveSendResult> SendToUserAsync(string tenantId, string userId, Reply reply, CancellationToken ct = default)
    {
        var reference = await store.FindForUserAsync(tenantId, userId, ct);
        if (reference is null) return new(ProactiveSendStatus.UnknownConversation);
        if (reference is { ConversationType: "personal", Gone: false })
            return await SendToReferenceAsync(reference, reference.ConversationId, reply, ct);
        if (reference.UserId is null || reference.BotId is null) return new(ProactiveSendStatus.UnknownConversation);
        if (!await store.IsServiceUrlAllowedAsync(tenantId, reference.ServiceUrl, ct)) return new(ProactiveSendStatus.ServiceUrlNotAllowed);

        var conversationId = await connector.CreateConversationAsync(reference.ServiceUrl, tenantId, reference.BotId, reference.UserId, ct);
        await store.RecordAsync(new TeamsConversationRef
        {
            TenantId = tenantId,
            ConversationId = conversationId,
            ServiceUrl = reference.ServiceUrl,
            ConversationType = "personal",
            UserId = reference.UserId,
            UserAadObjectId = reference.UserAadObjectId,
            UserName = reference.UserName,
            BotId = reference.BotId,
            BotName = reference.BotName,
        }, ct);
        var created = await store.FindAsync(tenantId, conversationId, ct);
        return await SendToReferenceAsync(created!, conversationId, reply, ct);
    }

    /// <summary>Replaces a message the bot sent earlier (e.g. the card whose action finished after the invoke timed out).</summary>
    public async Task<ProactiveSendResult> UpdateAsync(string tenantId, string conversationId, string activityId, Reply reply, CancellationToken ct = default)
    {
        var reference = await store.FindAsync(tenantId, conversationId, ct);
        if (reference is null) return new(ProactiveSendStatus.UnknownConversation);
        if (reference.Gone) return new(ProactiveSendStatus.Gone, conversationId);
        if (!await store.IsServiceUrlAllowedAsync(tenantId, reference.ServiceUrl, ct)) return new(ProactiveSendStatus.ServiceUrlNotAllowed, conversationId);
        try
        {
            var activity = replies.ToActivity(reply);
            activity.Id = activityId;
            await connector.UpdateAsync(reference.ServiceUrl, conversationId, activityId, activity, ct);
            return new(ProactiveSendStatus.Sent, conversationId, activityId);
        }
        catch (ConversationGoneException)
        {
            await store.MarkGoneAsync(tenantId, conversationId, ct);
            return new(ProactiveSendStatus.Gone, conversationId);
        }
    }

    private async Task<ProactiveSendResult> SendToReferenceAsync(TeamsConversationRef reference, string conversationId, Reply reply, CancellationToken ct)
    {
        if (reference.Gone) return new(ProactiveSendStatus.Gone, conversationId);
        if (!await store.IsServiceUrlAllowedAsync(reference.TenantId, reference.ServiceUrl, ct))
            return new(ProactiveSendStatus.ServiceUrlNotAllowed, conversationId);
        var activity = replies.ToActivity(reply);
        activity.Conversation = new Wire.ConversationAccount { Id = conversationId, TenantId = reference.TenantId, ConversationType = reference.ConversationType };
        if (reference.BotId is not null) activity.From = new Wire.ChannelAccount { Id = reference.BotId, Name = reference.BotName };
        try
        {
            var id = await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, activity, ct);
            return new(ProactiveSendStatus.Sent, conversationId, id);
        }
        catch (ConversationGoneException e)
        {
            log.LogInformation("Teams conversation gone (HTTP {Status}); marking its reference", e.Status);
            await store.MarkGoneAsync(reference.TenantId, conversationId, ct);
            return new(ProactiveSendStatus.Gone, conversationId);
        }
    }
}
