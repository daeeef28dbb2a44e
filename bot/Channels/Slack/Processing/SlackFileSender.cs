using Microsoft.Extensions.Options;
using RecruitBot.Channels.Slack.Security;
using RecruitBot.Channels.Slack.WebApi;
using RecruitBot.Conversation;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>
/// Delivers a <see cref="FileReply"/> into the requester's DM with the bot, whatever conversation asked for it, using
/// the external upload flow: files.getUploadURLExternal, POST the bytes to the returned URL, files.completeUploadExternal
/// with the DM as <c>channel_id</c>. Nothing is stored; the bytes live only for the duration of the call.
/// </summary>
public sealed class SlackFileSender(SlackWebApiClient api, IOptions<SlackOptions> options, ILogger<SlackFileSender> log)
{
    public const string SentToDm = "I've sent the file to you in a direct message.";
    public const string NeedsScope = "I couldn't upload the file: I'm missing Slack's files:write permission. Ask a workspace admin to reinstall RecruitBot.";
    public const string Failed = "I couldn't upload the file to Slack just now. Ask again in a minute.";

    /// <summary>
    /// Uploads the file into the requester's DM. Returns what still needs saying where the turn happened: nothing when
    /// that was the DM itself, a pointer to the DM otherwise, or why the upload failed.
    /// </summary>
    public async Task<string?> SendAsync(SlackReplyTarget target, FileReply file, CancellationToken ct)
    {
        string dm;
        try
        {
            dm = (await api.OpenConversationAsync(target.Token, target.UserId, ct)).Channel?.Id
                ?? throw new SlackApiException("conversations.open", "no_channel");
            var upload = await api.GetUploadUrlExternalAsync(target.Token, file.FileName, file.Content.LongLength, ct);
            if (upload.FileId is not { Length: > 0 } fileId || !SlackUploadUrlRule.IsAllowed(upload.UploadUrl, options.Value.ApiBaseUrl))
            {
                log.LogWarning("Slack returned an upload URL or file id we do not accept");
                return Failed;
            }
            await api.UploadToUrlAsync(new Uri(upload.UploadUrl!), file.Content, ct);
            await api.CompleteUploadExternalAsync(target.Token, fileId, file.FileName, dm, file.Summary, ct);
        }
        catch (SlackApiException e)
        {
            log.LogWarning("Slack file upload failed in {Method}: {Error}", e.Method, e.Error);
            return e.Error == "missing_scope" ? NeedsScope : Failed;
        }
        return target.ResponseUrl is null && target.Channel == dm ? null : SentToDm;
    }
}
