using System.Text.Json;
using System.Text.Json.Nodes;
using RecruitBot.Cards;
using RecruitBot.Conversation;

namespace RecruitBot.Channels.Slack;

/// <summary>
/// <see cref="ISlackCardRenderer"/> over RecruitBot.Cards: blocks and modals from <see cref="CardRenderer"/>
/// (BlockKitRenderer), buttons decoded with <see cref="CardActionCodec"/>. The modal's submit action is read back
/// from the private_metadata the renderer wrote, because the adapter replaces that metadata with its own context.
/// </summary>
public sealed class CardsSlackRenderer(CardRenderer renderer, CardActionCodec codec) : ISlackCardRenderer
{
    public JsonArray RenderBlocks(CardReply card) =>
        renderer.ToSlackMessage(card)["blocks"] is JsonArray blocks ? blocks.DeepClone().AsArray() : [];

    public SlackModal? RenderModal(CardReply card)
    {
        if (renderer.ToSlackModal(card) is not { } view) return null;
        if (!codec.TryDecode(Parse(view["private_metadata"]?.GetValue<string>()), out var submit)) return null;
        return new SlackModal(view, submit.Verb, submit.Data);
    }

    public CardActionInvocation? DecodeAction(string actionId, string? value, IReadOnlyDictionary<string, string> inputs) =>
        codec.TryDecodeSlackButton(actionId, value, null, out var action) ? action with { Inputs = inputs } : null;

    private static JsonObject? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
