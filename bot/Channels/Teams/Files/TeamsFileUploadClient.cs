using System.Net.Http.Headers;

namespace RecruitBot.Channels.Teams.Files;

/// <summary>
/// Uploads a file into the OneDrive upload session Teams returned on consent: one PUT of the whole content with
/// <c>Content-Range: bytes 0-(n-1)/n</c>. The URL is pre-authorised, so no bot token is sent (it would leak to OneDrive).
/// </summary>
public sealed class TeamsFileUploadClient(HttpClient http)
{
    public async Task UploadAsync(string uploadUrl, byte[] content, CancellationToken ct)
    {
        if (!UploadUrlRule.IsAllowed(uploadUrl)) throw new InvalidOperationException("Refusing to upload to a URL that is not https (or loopback).");
        if (content.Length == 0) throw new ArgumentException("An upload needs at least one byte.", nameof(content));
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(uploadUrl)) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentLength = content.Length;
        request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The file upload answered {(int)response.StatusCode}.", null, response.StatusCode);
    }
}
