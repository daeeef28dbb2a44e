using System.Text.Json.Nodes;
using RecruitBot.Channels.Slack.WebApi;
using RecruitBot.Conversation;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>Posts the engine's replies to Slack; every message carries a plain-text fallback.</summary>
public sealed class SlackReplySender(SlackWebApiClient api, ISlackCardRenderer cards, SlackConversations conversations,
    ILogger<SlackReplySender> log, SlackFileSender? files = null)
{
    public (string Text, JsonArray? Blocks) Render(Reply reply) => reply switch
    {
        CardReply card => (card.Summary, cards.RenderBlocks(card)),
        TextReply text => (SlackText.Escape(text.Text), null),
        _ => ("", null),
    };

    /// <summary>Posts each reply in order. Returns the ts of the last channel message posted (null via response_url).</summary>
    public async Task<string?> SendAsync(SlackReplyTarget target, IEnumerable<Reply> replies, CancellationToken ct)
    {
        string? lastTs = null;
        foreach (var reply in replies)
        {
            var (text, blocks) = reply is FileReply file && files is not null
                ? (SlackText.Escape(await files.SendAsync(target, file, ct) ?? ""), null)
                : Render(reply);
            if (text.Length == 0 && blocks is null) continue;
            if (target.ResponseUrl is not null)
            {
                await api.PostToResponseUrlAsync(target.ResponseUrl, Message(text, blocks, "ephemeral"), ct);
                continue;
            }
            var channel = target.Channel ?? await DirectMessageChannelAsync(target, ct);
            if (await conversations.IsGoneAsync(target.TenantId, channel, ct))
            {
                log.LogInformation("Not posting to gone Slack conversation {Channel}", channel);
                return lastTs;
            }
            try
            {
                lastTs = (await api.PostMessageAsync(target.Token, channel, text, blocks, target.ThreadTs, ct)).Ts;
            }
            catch (SlackApiException ex) when (ex.ConversationGone)
            {
                await conversations.MarkGoneAsync(target.TenantId, channel, ex.Error, ct);
                return lastTs;
            }
        }
        return lastTs;
    }

    /// <summary>
    /// Replaces the card whose button started the turn: chat.update for a normal message, response_url with
    /// replace_original for an ephemeral one (chat.update cannot reach those).
    /// </summary>
    public async Task UpdateSourceAsync(SlackReplyTarget target, string channel, string messageTs, bool ephemeral, CardReply card,
        CancellationToken ct)
    {
        var (text, blocks) = Render(card);
        if (ephemeral || target.ResponseUrl is not null && string.IsNullOrEmpty(messageTs))
        {
            if (target.ResponseUrl is null) return;
            var message = Message(text, blocks, null);
            message["replace_original"] = true;
            await api.PostToResponseUrlAsync(target.ResponseUrl, message, ct);
            return;
        }
        try
        {
            await api.UpdateMessageAsync(target.Token, channel, messageTs, text, blocks, ct);
        }
        catch (SlackApiException ex) when (ex.ConversationGone)
        {
            await conversations.MarkGoneAsync(target.TenantId, channel, ex.Error, ct);
        }
    }

    private async Task<string> DirectMessageChannelAsync(SlackReplyTarget target, CancellationToken ct) =>
        (await api.OpenConversationAsync(target.Token, target.UserId, ct)).Channel?.Id
        ?? throw new SlackApiException("conversations.open", "no_channel");

    private static JsonObject Message(string text, JsonArray? blocks, string? responseType)
    {
        var message = new JsonObject { ["text"] = text };
        if (blocks is not null) message["blocks"] = blocks.DeepClone();
        if (responseType is not null) message["response_type"] = responseType;
        return message;
    }
}
