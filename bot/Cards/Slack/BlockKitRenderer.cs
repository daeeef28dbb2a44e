using System.Text.Json.Nodes;

namespace RecruitBot.Cards;

/// <summary>
/// Renders a bound card as a Slack message (<c>{text, blocks}</c>, <c>text</c> being the notification fallback)
/// and, for cards with inputs, as a modal view whose submit carries the card's submit action.
/// </summary>
public sealed class BlockKitRenderer
{
    public const int MessageBlockLimit = 50;
    public const int ModalBlockLimit = 100;
    public const int ModalTextLimit = 24;
    public const string CallbackPrefix = "rb|";

    private readonly CardActionCodec _codec;

    public BlockKitRenderer(CardActionCodec codec)
    {
        _codec = codec;
    }

    public JsonObject RenderMessage(BoundCard card)
    {
        var writer = new SlackBlockWriter(_codec);
        Elements(card.Body, writer, withActions: true);
        writer.Flush();
        var body = writer.Blocks.ToList();
        writer.Blocks.Clear();
        writer.Actions(card.Actions, allowAccessory: false);
        var blocks = Fit(body, writer.Blocks, MessageBlockLimit);
        return new JsonObject
        {
            ["text"] = SlackText.Truncate(SlackText.Escape(card.Summary), SlackBlockWriter.SectionTextLimit),
            ["blocks"] = new JsonArray(blocks.Cast<JsonNode>().ToArray()),
        };
    }

    /// <summary>The modal for a card with inputs, or null when the card has no inputs or no submit action.</summary>
    public JsonObject? RenderModal(BoundCard card)
    {
        var submit = card.Actions.FirstOrDefault(a => a.Submit)
                     ?? card.Actions.FirstOrDefault(a => a.Style == CardActionStyle.Positive);
        var metadata = submit is null ? null : _codec.EncodeSlackMetadata(submit.Verb, submit.Data);
        if (!card.HasInputs || submit is null || metadata is null)
        {
            return null;
        }
        var writer = new SlackBlockWriter(_codec);
        Elements(card.Body, writer, withActions: false);
        writer.Flush();
        var title = card.Body.OfType<BoundHeading>().FirstOrDefault()?.Text.Plain ?? card.Summary;
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = SlackText.Truncate(CallbackPrefix + card.Template, 255),
            ["title"] = SlackBlockWriter.Plain(title, ModalTextLimit),
            ["submit"] = SlackBlockWriter.Plain(submit.Title, ModalTextLimit),
            ["close"] = SlackBlockWriter.Plain("Cancel", ModalTextLimit),
            ["private_metadata"] = metadata,
            ["blocks"] = new JsonArray(Fit(writer.Blocks, new List<JsonObject>(), ModalBlockLimit).Cast<JsonNode>().ToArray()),
        };
    }

    private static void Elements(IReadOnlyList<BoundElement> elements, SlackBlockWriter writer, bool withActions)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case BoundHeading { Level: 1 } h:
                    writer.Header(h.Text.Plain);
                    break;
                case BoundHeading h:
                    writer.Line($"*{SlackText.Escape(h.Text.Plain.Trim())}*");
                    break;
                case BoundTextBlock t:
                    writer.Line(SlackText.Mrkdwn(t.Text));
                    break;
                case BoundFacts f:
                    writer.Fields(f.Facts);
                    break;
                case BoundDivider:
                    writer.Divider();
                    break;
                case BoundInput i:
                    writer.Input(i);
                    break;
                case BoundGroup g:
                    if (g.Separator)
                    {
                        writer.Divider();
                    }
                    else
                    {
                        writer.Flush();
                    }
                    Elements(g.Body, writer, withActions);
                    if (withActions)
                    {
                        writer.Actions(g.Actions, allowAccessory: true);
                    }
                    writer.Flush();
                    break;
            }
        }
    }

    // Keeps the card's own buttons and says how much of the body did not fit, rather than letting Slack reject it.
    private static List<JsonObject> Fit(List<JsonObject> body, List<JsonObject> tail, int limit)
    {
        if (body.Count + tail.Count <= limit)
        {
            return body.Concat(tail).ToList();
        }
        var keep = Math.Max(0, limit - tail.Count - 1);
        var note = new JsonObject
        {
            ["type"] = "context",
            ["elements"] = new JsonArray(new JsonObject
            {
                ["type"] = "mrkdwn",
                ["text"] = $"…{body.Count - keep} more blocks did not fit in one Slack message.",
            }),
        };
        return body.Take(keep).Append(note).Concat(tail).ToList();
    }
}
