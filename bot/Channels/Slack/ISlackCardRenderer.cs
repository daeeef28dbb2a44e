using System.Text.Json.Nodes;
using RecruitBot.Conversation;

namespace RecruitBot.Channels.Slack;

/// <summary>
/// What the Slack adapter needs from the card renderers (RecruitBot.Cards.BlockKitRenderer / CardActionCodec):
/// blocks for a message or the Home tab, a modal for form cards, and a pressed button decoded back into the
/// engine's action. Kept as a seam so the adapter holds no card layout of its own.
/// </summary>
public interface ISlackCardRenderer
{
    /// <summary>Block Kit blocks for a message or Home tab (≤ 50 blocks).</summary>
    JsonArray RenderBlocks(CardReply card);

    /// <summary>A modal for a card with inputs (e.g. outcome-edit), or null when the card is not a form.</summary>
    SlackModal? RenderModal(CardReply card);

    /// <summary>The engine action behind a button's action_id and value; null for elements that are not our actions.</summary>
    CardActionInvocation? DecodeAction(string actionId, string? value, IReadOnlyDictionary<string, string> inputs);
}
