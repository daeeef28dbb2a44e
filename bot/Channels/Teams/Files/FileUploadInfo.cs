using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruitBot.Channels.Teams.Files;

/// <summary>
/// <c>value.uploadInfo</c> of an accepted <c>fileConsent/invoke</c>: where to PUT the bytes (a pre-authorised OneDrive
/// upload session) and what to put in the file info card afterwards.
/// </summary>
public sealed class FileUploadInfo
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("uploadUrl")] public string? UploadUrl { get; set; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    [JsonPropertyName("uniqueId")] public string? UniqueId { get; set; }
    [JsonPropertyName("fileType")] public string? FileType { get; set; }
    [JsonPropertyName("etag")] public JsonElement? Etag { get; set; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
