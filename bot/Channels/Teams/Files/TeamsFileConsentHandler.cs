using System.Text.Json;
using RecruitBot.Channels.Teams.Outbound;
using RecruitBot.Channels.Teams.Wire;

namespace RecruitBot.Channels.Teams.Files;

/// <summary>
/// Answers <c>fileConsent/invoke</c>. Accept: PUT the pending bytes to the OneDrive upload URL Teams gave us, then post
/// a file info card to the chat. Decline: say so and drop the bytes. An unknown, expired or someone else's context
/// gets a friendly line. The invoke is always answered 200: the outcome reaches the user as a chat message.
/// </summary>
public sealed class TeamsFileConsentHandler(
    PendingTeamsFiles pending, TeamsFileUploadClient uploads, BotConnectorClient connector, ILogger<TeamsFileConsentHandler> log)
{
    public const string Declined = "OK, I didn't send the file, and I've dropped my copy. Ask again whenever you need it.";
    public const string Expired =
        "That file is no longer waiting for you: offers last an hour and are sent once. Ask again, e.g. \"export Priya Shah\".";
    public const string UploadFailed = "I couldn't put the file in your OneDrive just now. Ask again in a minute.";

    public static bool Handles(Activity a) => a.Type == ActivityTypes.Invoke && a.Name == TeamsFileCards.InvokeName;

    public async Task<TeamsHttpResponse> HandleAsync(Activity a, CancellationToken ct)
    {
        try
        {
            return await AnswerAsync(a, ct);
        }
        catch (ConversationGoneException e)
        {
            // The chat went away between the click and our answer; there is no one left to tell.
            log.LogInformation("Teams conversation gone (HTTP {Status}) while answering a file consent", e.Status);
            return TeamsHttpResponse.Ok;
        }
    }

    private async Task<TeamsHttpResponse> AnswerAsync(Activity a, CancellationToken ct)
    {
        var answer = Read(a);
        var tenant = ActivityMapper.TenantOf(a);
        var user = ActivityMapper.UserOf(a);
        var file = answer?.PendingId is { } id && tenant is not null && user is not null ? pending.TryTake(id, tenant, user.Id) : null;
        if (file is null)
        {
            await SayAsync(a, Expired, ct);
            return TeamsHttpResponse.Ok;
        }
        try
        {
            if (answer!.Action != FileConsentResponse.Accept)
            {
                await SayAsync(a, Declined, ct);
                return TeamsHttpResponse.Ok;
            }
            if (answer.UploadInfo is not { } upload || !UploadUrlRule.IsAllowed(upload.UploadUrl))
            {
                log.LogWarning("Teams file consent accepted without a usable upload URL");
                await SayAsync(a, UploadFailed, ct);
                return TeamsHttpResponse.Ok;
            }
            try
            {
                await uploads.UploadAsync(upload.UploadUrl!, file.Content, ct);
            }
            catch (HttpRequestException e)
            {
                log.LogWarning("Teams file upload failed: HTTP {Status}", (int?)e.StatusCode);
                await SayAsync(a, UploadFailed, ct);
                return TeamsHttpResponse.Ok;
            }
            var info = Reply(a);
            info.Attachments = [TeamsFileCards.Info(upload)];
            await connector.SendToConversationAsync(a.ServiceUrl!, a.Conversation!.Id!, info, ct);
            return TeamsHttpResponse.Ok;
        }
        finally
        {
            // Whatever happened, the bytes are not kept: a retry means a fresh export (and a fresh audit entry).
            Array.Clear(file.Content);
        }
    }

    private static FileConsentResponse? Read(Activity a)
    {
        if (a.Value is null) return null;
        try
        {
            return a.Value.Deserialize<FileConsentResponse>(TeamsJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Task<string?> SayAsync(Activity a, string text, CancellationToken ct)
    {
        var reply = Reply(a);
        reply.Text = text;
        reply.TextFormat = "plain";
        return connector.SendToConversationAsync(a.ServiceUrl!, a.Conversation!.Id!, reply, ct);
    }

    private static Activity Reply(Activity a) => new()
    {
        Type = ActivityTypes.Message,
        From = a.Recipient,
        Recipient = a.From,
        Conversation = a.Conversation,
        ChannelId = a.ChannelId,
    };
}
