using System.Text.Json.Nodes;
using RecruitBot.Conversation;
using RecruitBot.Conversation.Security;

namespace RecruitBot.Cards;

/// <summary>The one thing channel adapters need: a <see cref="CardReply"/> in, their channel's shape out.</summary>
public sealed class CardRenderer
{
    private readonly CardBinder _binder;
    private readonly AdaptiveCardRenderer _adaptive;
    private readonly TextCardRenderer _text;
    private readonly BlockKitRenderer _slack;
    private readonly ActionSigner? _signer;

    public CardRenderer(CardBinder binder, AdaptiveCardRenderer adaptive, TextCardRenderer text, BlockKitRenderer slack, ActionSigner? signer = null)
    {
        _signer = signer;
        _binder = binder;
        _adaptive = adaptive;
        _text = text;
        _slack = slack;
    }

    /// <summary>Binds the reply; an unknown template name throws <see cref="KeyNotFoundException"/>.</summary>
    /// <summary>
    /// Binds the reply and signs every action for the card's audience; a card without an audience gets unsigned
    /// buttons, which the engine refuses. An unknown template name throws <see cref="KeyNotFoundException"/>.
    /// </summary>
    public BoundCard Bind(CardReply reply)
    {
        var card = _binder.Bind(reply.Template, reply.Data, reply.Summary);
        if (_signer is null || reply.Audience is not { } audience) return card;
        BoundAction Sign(BoundAction a) => a with { Data = _signer.Sign(audience, a.Verb, a.Data) };
        IReadOnlyList<BoundElement> Walk(IReadOnlyList<BoundElement> body) => body
            .Select(e => e is BoundGroup g ? g with { Body = Walk(g.Body), Actions = g.Actions.Select(Sign).ToList() } : e).ToList();
        return card with { Body = Walk(card.Body), Actions = card.Actions.Select(Sign).ToList() };
    }

    public JsonObject ToAdaptiveCard(CardReply reply) => _adaptive.Render(Bind(reply));

    public TextCard ToText(CardReply reply) => _text.Render(Bind(reply));

    public JsonObject ToSlackMessage(CardReply reply) => _slack.RenderMessage(Bind(reply));

    /// <summary>A modal view for cards with inputs (open it with a trigger_id), otherwise null.</summary>
    public JsonObject? ToSlackModal(CardReply reply) => _slack.RenderModal(Bind(reply));
}
