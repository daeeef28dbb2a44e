using System.Text.Json.Nodes;
using RecruitBot.Cards;
using RecruitBot.Channels.Teams.Files;
using RecruitBot.Channels.Teams.Wire;
using RecruitBot.Conversation;

namespace RecruitBot.Channels.Teams;

/// <summary>Turns engine replies into outgoing activities and invoke responses; cards via the shared renderer.</summary>
public sealed class TeamsReplyFactory(CardRenderer cards, TeamsFileOffers? files = null)
{
    public const string InvokeMessageType = "application/vnd.microsoft.activity.message";

    public JsonObject RenderCard(CardReply card) => cards.ToAdaptiveCard(card);

    /// <summary>A message activity for <paramref name="reply"/>, addressed like <paramref name="inbound"/> when given.</summary>
    public Activity ToActivity(Reply reply, Activity? inbound = null)
    {
        var activity = new Activity { Type = ActivityTypes.Message };
        if (inbound is not null)
        {
            activity.From = inbound.Recipient;
            activity.Recipient = inbound.From;
            activity.Conversation = inbound.Conversation;
            activity.ChannelId = inbound.ChannelId;
            activity.ReplyToId = inbound.Id;
        }
        switch (reply)
        {
            case TextReply text:
                activity.Text = text.Text;
                activity.TextFormat = "plain";
                break;
            case CardReply card:
                activity.Summary = card.Summary;
                activity.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = RenderCard(card) }];
                break;
            case FileReply file when files is not null:
                files.Fill(activity, file, inbound);
                break;
            case FileReply:
                activity.Text = TeamsFileOffers.PersonalOnly;
                activity.TextFormat = "plain";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown reply kind.");
        }
        return activity;
    }

    /// <summary>The body of an <c>adaptiveCard/action</c> invoke response: the replacement card, or a short message.</summary>
    public JsonObject InvokeResponse(CardReply? replacement, string fallbackMessage)
    {
        if (replacement is null)
            return new JsonObject { ["statusCode"] = 200, ["type"] = InvokeMessageType, ["value"] = fallbackMessage };
        return new JsonObject { ["statusCode"] = 200, ["type"] = Attachment.AdaptiveCardContentType, ["value"] = RenderCard(replacement) };
    }
}
