using RecruitBot.Channels.Teams.Wire;
using RecruitBot.Conversation;

namespace RecruitBot.Channels.Teams.Files;

/// <summary>
/// Turns a <see cref="FileReply"/> into what Teams can deliver: in a personal chat, a file consent card (the content
/// waits in <see cref="PendingTeamsFiles"/> for the answer); anywhere else, where Teams has no consent card and the
/// file would be visible to everyone, a line saying to ask in a 1:1 chat. Nothing is kept in that case.
/// </summary>
public sealed class TeamsFileOffers(PendingTeamsFiles pending)
{
    public const string PersonalOnly =
        "I deliver exports only in a 1:1 chat with me, so the file reaches just you. Open a chat with RecruitBot and ask there.";
    public const string TooLarge = "That file is too large for me to hand over in Teams.";

    /// <summary>Fills <paramref name="activity"/> (already addressed like <paramref name="inbound"/>) for <paramref name="file"/>.</summary>
    public void Fill(Activity activity, FileReply file, Activity? inbound)
    {
        var tenant = inbound is null ? null : ActivityMapper.TenantOf(inbound);
        var user = inbound is null ? null : ActivityMapper.UserOf(inbound);
        if (!IsPersonal(inbound) || tenant is null || user is null)
        {
            Say(activity, PersonalOnly);
            return;
        }
        var held = pending.Add(tenant, user.Id, file.FileName, file.Content);
        if (held is null)
        {
            Say(activity, TooLarge);
            return;
        }
        activity.Text = file.Summary;
        activity.TextFormat = "plain";
        activity.Summary = file.Summary;
        activity.Attachments = [TeamsFileCards.Consent(file.FileName, file.Summary, file.Content.LongLength, held.Id)];
    }

    /// <summary>Only personal chats support the consent card; a missing type is treated as not personal (fail closed).</summary>
    public static bool IsPersonal(Activity? a) => string.Equals(a?.Conversation?.ConversationType, "personal", StringComparison.Ordinal);

    private static void Say(Activity activity, string text)
    {
        activity.Text = text;
        activity.TextFormat = "plain";
    }
}
