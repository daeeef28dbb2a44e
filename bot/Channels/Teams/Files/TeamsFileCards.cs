using System.Text.Json.Nodes;
using RecruitBot.Channels.Teams.Wire;

namespace RecruitBot.Channels.Teams.Files;

/// <summary>
/// The two attachments of the Teams bot file-send flow (personal scope only): the file consent card that asks the
/// user to let the bot upload into their OneDrive, and the file info card that shows the uploaded file.
/// </summary>
public static class TeamsFileCards
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";
    public const string InvokeName = "fileConsent/invoke";
    public const string ContextKey = "pendingId";

    public static Attachment Consent(string fileName, string description, long sizeInBytes, Guid pendingId) => new()
    {
        ContentType = ConsentContentType,
        Name = fileName,
        Content = new JsonObject
        {
            ["description"] = description,
            ["sizeInBytes"] = sizeInBytes,
            ["acceptContext"] = Context(pendingId),
            ["declineContext"] = Context(pendingId),
        },
    };

    public static Attachment Info(FileUploadInfo upload) => new()
    {
        ContentType = InfoContentType,
        Name = upload.Name,
        ContentUrl = upload.ContentUrl,
        Content = new JsonObject { ["uniqueId"] = upload.UniqueId, ["fileType"] = upload.FileType },
    };

    private static JsonObject Context(Guid pendingId) => new() { [ContextKey] = pendingId.ToString("N") };
}
