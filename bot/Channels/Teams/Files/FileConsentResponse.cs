using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Teams.Files;

/// <summary>The <c>value</c> of a <c>fileConsent/invoke</c>: accept or decline, our context back, and on accept the upload target.</summary>
public sealed class FileConsentResponse
{
    public const string Accept = "accept";
    public const string Decline = "decline";

    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("action")] public string? Action { get; set; }
    [JsonPropertyName("context")] public JsonNode? Context { get; set; }
    [JsonPropertyName("uploadInfo")] public FileUploadInfo? UploadInfo { get; set; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The pending file this answer is about, from the accept/decline context we put on the card.</summary>
    public Guid? PendingId =>
        Context is JsonObject o && o[TeamsFileCards.ContextKey] is JsonValue v && v.TryGetValue<string>(out var s) && Guid.TryParse(s, out var id)
            ? id : null;
}
