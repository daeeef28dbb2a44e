using RecruitBot.Cards;
using System.Text.Json.Nodes;
using RecruitBot.Channels.Slack.Security;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Channels.Slack.WebApi;
using RecruitBot.Channels.Slack.Wire;
using RecruitBot.Conversation;
using Microsoft.Extensions.Options;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>Buttons (block_actions), modal submissions (view_submission) and the "Log outcome" message shortcut.</summary>
public sealed class SlackInteractionHandler(IConversationEngine engine, SlackMessageFactory messages, SlackReplySender sender,
    SlackWebApiClient api, ISlackCardRenderer cards, SlackTokens tokens, IOptions<SlackOptions> options, CardRenderer renderer)
{
    public const string LogOutcomeCallbackId = "log_outcome";
    public const string ModalCallbackId = "recruitbot_form";

    public async Task HandleAsync(SlackInboxItem item, CancellationToken ct)
    {
        var payload = SlackJson.Read<SlackInteraction>(item.Payload);
        if (payload?.User?.Id is null) return;
        var token = await tokens.ForTenantAsync(item.TenantId, ct);
        var at = SlackText.ParseTs(payload.ActionTs ?? payload.Actions?.FirstOrDefault()?.ActionTs)
            ?? new DateTimeOffset(item.ReceivedAtUtc, TimeSpan.Zero);
        var responseUrl = SlackGuards.ResponseUrlAllowed(payload.ResponseUrl, options.Value.ApiBaseUrl) ? new Uri(payload.ResponseUrl!) : null;
        switch (item.Kind)
        {
            case "block_actions": await BlockActionAsync(item.TenantId, token, payload, at, responseUrl, ct); break;
            case "view_submission": await ViewSubmissionAsync(item.TenantId, token, payload, at, ct); break;
            case "message_action": await ShortcutAsync(item.TenantId, token, payload, at, responseUrl, ct); break;
        }
    }

    private async Task BlockActionAsync(string tenant, string token, SlackInteraction p, DateTimeOffset at, Uri? responseUrl, CancellationToken ct)
    {
        if (p.Actions is not [var pressed, ..] || pressed.ActionId is null) return;
        var action = cards.DecodeAction(pressed.ActionId, pressed.Value, ReadInputs(p.State));
        if (action is null) return;
        var channel = p.Container?.ChannelId ?? p.Channel?.Id;
        var messageTs = p.Container?.MessageTs ?? p.Message?.Ts;
        var ephemeral = p.Container?.IsEphemeral ?? false;
        var threadTs = p.Message?.ThreadTs ?? p.Container?.ThreadTs;
        var turn = await messages.CreateAsync(tenant, token, p.User!.Id!, channel ?? p.User.Id!, at, null, action, ct);
        var result = await engine.HandleAsync(turn, ct);
        var target = new SlackReplyTarget(tenant, token, p.User.Id!, channel, threadTs, ephemeral ? responseUrl : null);
        var context = new SlackModalContext(channel, threadTs, ephemeral ? null : messageTs, "", []);
        await DeliverAsync(target, token, p.TriggerId, context, result, channel, messageTs, ephemeral, ct);
    }

    private async Task ViewSubmissionAsync(string tenant, string token, SlackInteraction p, DateTimeOffset at, CancellationToken ct)
    {
        var context = SlackModalContext.Parse(p.View?.PrivateMetadata);
        if (context is null || p.View?.CallbackId != ModalCallbackId) return;
        var action = new CardActionInvocation(context.Verb, context.Data ?? new Dictionary<string, string>(), ReadInputs(p.View.State));
        var turn = await messages.CreateAsync(tenant, token, p.User!.Id!, context.Channel ?? p.User.Id!, at, null, action, ct);
        var result = await engine.HandleAsync(turn, ct);
        var target = new SlackReplyTarget(tenant, token, p.User.Id!, context.Channel, context.ThreadTs);
        if (result.UpdateSourceCard is { } update)
        {
            if (context.Channel is not null && context.SourceTs is not null)
                await sender.UpdateSourceAsync(target, context.Channel, context.SourceTs, false, update, ct);
            else
                await sender.SendAsync(target, [update], ct);
        }
        await sender.SendAsync(target, result.Replies, ct);
    }

    /// <summary>
    /// "Log outcome with RecruitBot" on a message: the engine parses the text; when it proposes an outcome, its edit
    /// form (the engine's own outcome.edit action) opens as a modal prefilled with that parse.
    /// </summary>
    private async Task ShortcutAsync(string tenant, string token, SlackInteraction p, DateTimeOffset at, Uri? responseUrl, CancellationToken ct)
    {
        if (p.CallbackId != LogOutcomeCallbackId || p.Message is null) return;
        var channel = p.Channel?.Id;
        var text = SlackText.ToPlain(p.Message.Text, []);
        var conversation = channel ?? p.User!.Id!;
        var parsed = await engine.HandleAsync(await messages.CreateAsync(tenant, token, p.User!.Id!, conversation, at, text, null, ct), ct);
        var target = new SlackReplyTarget(tenant, token, p.User.Id!, channel, p.Message.ThreadTs ?? p.Message.Ts, responseUrl);
        var confirm = parsed.Replies.OfType<CardReply>().FirstOrDefault(c => c.Template == "outcome-confirm");
        // Press the card's own Edit button, exactly as the user would: its data carries the card's signed reference.
        var editButton = confirm is null ? null : renderer.Bind(confirm).AllActions().FirstOrDefault(a => a.Verb == "outcome.edit");
        if (editButton is null || p.TriggerId is null)
        {
            await sender.SendAsync(target, parsed.Replies, ct);
            return;
        }
        var edit = new CardActionInvocation(editButton.Verb, editButton.Data, new Dictionary<string, string>());
        var result = await engine.HandleAsync(await messages.CreateAsync(tenant, token, p.User.Id!, conversation, at, null, edit, ct), ct);
        var context = new SlackModalContext(channel, p.Message.ThreadTs ?? p.Message.Ts, null, "", []);
        await DeliverAsync(target with { ResponseUrl = responseUrl }, token, p.TriggerId, context, result, null, null, false, ct);
    }

    /// <summary>A form card opens as a modal (when Slack gave us a trigger); everything else is posted or updated in place.</summary>
    private async Task DeliverAsync(SlackReplyTarget target, string token, string? triggerId, SlackModalContext context, TurnResult result,
        string? sourceChannel, string? sourceTs, bool ephemeral, CancellationToken ct)
    {
        var replies = result.Replies.ToList();
        var update = result.UpdateSourceCard;
        var form = new[] { update }.Concat(replies.OfType<CardReply>()).FirstOrDefault(c => c is not null && triggerId is not null && cards.RenderModal(c) is not null);
        if (form is not null)
        {
            var modal = cards.RenderModal(form)!;
            var view = (JsonObject)modal.View.DeepClone();
            view["callback_id"] = ModalCallbackId;
            view["private_metadata"] = (context with { Verb = modal.SubmitVerb, Data = modal.SubmitData.ToDictionary() }).Serialize();
            await api.OpenViewAsync(token, triggerId!, view, ct);
            if (ReferenceEquals(form, update)) update = null; else replies.Remove(form);
        }
        if (update is not null && sourceChannel is not null && sourceTs is not null)
            await sender.UpdateSourceAsync(target, sourceChannel, sourceTs, ephemeral, update, ct);
        else if (update is not null)
            replies.Insert(0, update);
        await sender.SendAsync(target, replies, ct);
    }

    /// <summary>Input values keyed by action_id, which the Block Kit renderer sets to the card's input id.</summary>
    public static IReadOnlyDictionary<string, string> ReadInputs(SlackState? state)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in state?.Values ?? [])
            foreach (var (actionId, value) in block.Value ?? [])
                if (value?.AsString() is { } s) inputs[actionId] = s;
        return inputs;
    }
}
