using System.Text.Json.Nodes;
using RecruitBot.Conversation;

namespace RecruitBot.Cards;

/// <summary>The one thing channel adapters need: a <see cref="CardReply"/> in, their channel's shape out.</summary>
public sealed class CardRenderer
{
    private readonly CardBinder _binder;
    private readonly AdaptiveCardRenderer _adaptive;
    private readonly TextCardRenderer _text;
    private readonly BlockKitRenderer _slack;

    public CardRenderer(CardBinder binder, AdaptiveCardRenderer adaptive, TextCardRenderer text, BlockKitRenderer slack)
    {
        _binder = binder;
        _adaptive = adaptive;
        _text = text;
        _slack = slack;
    }

    /// <summary>Binds the reply; an unknown template name throws <see cref="KeyNotFoundException"/>.</summary>
    public BoundCard Bind(CardReply reply) => _binder.Bind(reply.Template, reply.Data, reply.Summary);

    public JsonObject ToAdaptiveCard(CardReply reply) => _adaptive.Render(Bind(reply));

    public TextCard ToText(CardReply reply) => _text.Render(Bind(reply));

    public JsonObject ToSlackMessage(CardReply reply) => _slack.RenderMessage(Bind(reply));

    /// <summary>A modal view for cards with inputs (open it with a trigger_id), otherwise null.</summary>
    public JsonObject? ToSlackModal(CardReply reply) => _slack.RenderModal(Bind(reply));
}
