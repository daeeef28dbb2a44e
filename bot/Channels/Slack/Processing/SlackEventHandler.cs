using System.Text.Json.Nodes;
using RecruitBot.Channels.Slack.Storage;
using RecruitBot.Channels.Slack.WebApi;
using RecruitBot.Channels.Slack.Wire;
using RecruitBot.Conversation;
using RecruitBot.Nudges.Digest;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>Events API: mentions, DMs (and channel messages when enabled) become turns; App Home shows who is due.</summary>
public sealed class SlackEventHandler(IConversationEngine engine, SlackMessageFactory messages, SlackReplySender sender,
    SlackWebApiClient api, ISlackCardRenderer cards, SlackTokens tokens, TeamChannels? teamChannels = null,
    SlackChannelMembership? membership = null)
{
    public const string HomeIntro =
        "*RecruitBot* turns your interview notes into candidate records and reminds you when someone is due for a call.\n"
        + "Mention me in a channel, DM me, or use `/recruitbot help`.";

    public async Task HandleAsync(SlackInboxItem item, CancellationToken ct)
    {
        var envelope = SlackJson.Read<SlackEventEnvelope>(item.Payload);
        var e = envelope?.Event;
        if (envelope is not null && membership is not null && SlackChannelMembership.IsBotMembership(envelope))
        {
            await membership.HandleAsync(item.TenantId, envelope, ct);
            return;
        }
        if (envelope is null || e?.User is null) return;
        var token = await tokens.ForTenantAsync(item.TenantId, ct);
        var at = SlackText.ParseTs(e.EventTs ?? e.Ts) ?? new DateTimeOffset(item.ReceivedAtUtc, TimeSpan.Zero);

        if (e.Type == "app_home_opened")
        {
            await PublishHomeAsync(item.TenantId, token, e.User, e.Channel ?? e.User, at, ct);
            return;
        }
        if (e.Channel is null) return;
        var text = SlackText.ToPlain(e.Text, SlackEventFilter.BotUserIds(envelope));
        var turn = await messages.CreateAsync(item.TenantId, token, e.User, e.Channel, at, text.Length == 0 ? "help" : text, null, ct);
        await RegisterTeamChannelAsync(item.TenantId, e, turn.TimeZoneId, ct);
        var result = await engine.HandleAsync(turn, ct);
        // In a channel the answer is a thread reply to the hiring manager's post; a DM stays a plain conversation.
        var threadTs = e.ChannelType == "im" ? e.ThreadTs : e.ThreadTs ?? e.Ts;
        await sender.SendAsync(new SlackReplyTarget(item.TenantId, token, e.User, e.Channel, threadTs), result.Replies, ct);
    }

    /// <summary>
    /// The first time the bot is mentioned in a channel, the channel joins the weekly digest registry (on, Monday 09:00,
    /// counts only, in the mentioning user's zone). A known channel is left alone, so "digest off" stays off.
    /// </summary>
    private async Task RegisterTeamChannelAsync(string tenantId, SlackEvent e, string? timeZoneId, CancellationToken ct)
    {
        if (teamChannels is null || !SlackTeamChannel.Is(e.Channel, e.ChannelType)) return;
        if (await teamChannels.FindAsync(tenantId, SlackMessageFactory.ChannelId, e.Channel!, ct) is not null) return;
        await teamChannels.RegisterAsync(tenantId, SlackMessageFactory.ChannelId, e.Channel!, null, timeZoneId, ct);
    }

    private async Task PublishHomeAsync(string tenantId, string token, string userId, string conversationId, DateTimeOffset at,
        CancellationToken ct)
    {
        var turn = await messages.CreateAsync(tenantId, token, userId, conversationId, at, "who is due", null, ct);
        var result = await engine.HandleAsync(turn, ct);
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = HomeIntro } },
            new JsonObject { ["type"] = "divider" },
        };
        foreach (var reply in result.Replies)
        {
            var rendered = reply is CardReply card
                ? cards.RenderBlocks(card)
                : [new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = sender.Render(reply).Text } }];
            foreach (var block in rendered.ToList())
            {
                if (blocks.Count >= 100) break; // a Home view holds at most 100 blocks
                rendered.Remove(block);
                blocks.Add(block);
            }
        }
        await api.PublishViewAsync(token, userId, new JsonObject { ["type"] = "home", ["blocks"] = blocks }, ct);
    }
}
