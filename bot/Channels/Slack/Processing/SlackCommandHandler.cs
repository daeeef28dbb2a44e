using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RecruitBot.Channels.Slack.Security;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Channels.Slack.WebApi;
using RecruitBot.Conversation;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary><c>/recruitbot …</c>: the result goes back through the command's response_url (visible to the user only).</summary>
public sealed class SlackCommandHandler(IConversationEngine engine, SlackMessageFactory messages, SlackReplySender sender,
    SlackWebApiClient api, ISlackCardRenderer cards, SlackTokens tokens, IOptions<SlackOptions> options)
{
    public async Task HandleAsync(SlackInboxItem item, CancellationToken ct)
    {
        var form = SlackJsonForm.Parse(item.Payload);
        if (form.GetValueOrDefault("user_id") is not { Length: > 0 } userId) return;
        var channel = form.GetValueOrDefault("channel_id");
        var token = await tokens.ForTenantAsync(item.TenantId, ct);
        var text = SlackCommandText.ToEngineText(form.GetValueOrDefault("text"));
        var at = new DateTimeOffset(item.ReceivedAtUtc, TimeSpan.Zero);
        var turn = await messages.CreateAsync(item.TenantId, token, userId, channel ?? userId, at, text, null, ct);
        var result = await engine.HandleAsync(turn, ct);

        var responseUrl = form.GetValueOrDefault("response_url");
        var target = new SlackReplyTarget(item.TenantId, token, userId, channel, null,
            SlackGuards.ResponseUrlAllowed(responseUrl, options.Value.ApiBaseUrl) ? new Uri(responseUrl!) : null);
        var replies = result.Replies.ToList();
        if (form.GetValueOrDefault("trigger_id") is { Length: > 0 } trigger
            && replies.OfType<CardReply>().FirstOrDefault(c => cards.RenderModal(c) is not null) is { } formCard)
        {
            var modal = cards.RenderModal(formCard)!;
            var view = (JsonObject)modal.View.DeepClone();
            view["callback_id"] = SlackInteractionHandler.ModalCallbackId;
            view["private_metadata"] = new SlackModalContext(channel, null, null, modal.SubmitVerb, modal.SubmitData.ToDictionary()).Serialize();
            await api.OpenViewAsync(token, trigger, view, ct);
            replies.Remove(formCard);
        }
        await sender.SendAsync(target, replies, ct);
    }
}
