using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecruitBot.Channels.Slack.Wire;

namespace RecruitBot.Channels.Slack.WebApi;

/// <summary>
/// Typed client for Slack's Web API (https://api.slack.com/web): one method per Slack method. Answers with
/// <c>ok:false</c> become <see cref="SlackApiException"/>; HTTP 429 waits for <c>Retry-After</c>, a bounded number of times
/// (https://api.slack.com/apis/rate-limits).
/// </summary>
public sealed class SlackWebApiClient(HttpClient http, [FromKeyedServices(SlackChannel.ClockKey)] TimeProvider clock)
{
    public const int MaxRateLimitRetries = 3;
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary><see href="https://api.slack.com/methods/chat.postMessage">chat.postMessage</see>.</summary>
    public Task<SlackPostedMessage> PostMessageAsync(string token, string channel, string text, JsonArray? blocks = null,
        string? threadTs = null, CancellationToken ct = default) =>
        CallJsonAsync<SlackPostedMessage>("chat.postMessage", token, new JsonObject
        {
            ["channel"] = channel, ["text"] = text, ["blocks"] = blocks?.DeepClone(), ["thread_ts"] = threadTs,
        }, ct);

    /// <summary><see href="https://api.slack.com/methods/chat.update">chat.update</see>.</summary>
    public Task<SlackPostedMessage> UpdateMessageAsync(string token, string channel, string ts, string text, JsonArray? blocks,
        CancellationToken ct = default) =>
        CallJsonAsync<SlackPostedMessage>("chat.update", token, new JsonObject
        {
            ["channel"] = channel, ["ts"] = ts, ["text"] = text, ["blocks"] = blocks?.DeepClone() ?? new JsonArray(),
        }, ct);

    /// <summary><see href="https://api.slack.com/methods/chat.postEphemeral">chat.postEphemeral</see>.</summary>
    public Task<SlackApiResponse> PostEphemeralAsync(string token, string channel, string user, string text, JsonArray? blocks = null,
        string? threadTs = null, CancellationToken ct = default) =>
        CallJsonAsync<SlackApiResponse>("chat.postEphemeral", token, new JsonObject
        {
            ["channel"] = channel, ["user"] = user, ["text"] = text, ["blocks"] = blocks?.DeepClone(), ["thread_ts"] = threadTs,
        }, ct);

    /// <summary><see href="https://api.slack.com/methods/views.open">views.open</see>; the trigger id lives 3 seconds.</summary>
    public Task<SlackViewResponse> OpenViewAsync(string token, string triggerId, JsonObject view, CancellationToken ct = default) =>
        CallJsonAsync<SlackViewResponse>("views.open", token, new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, ct);

    /// <summary><see href="https://api.slack.com/methods/views.publish">views.publish</see> (App Home).</summary>
    public Task<SlackViewResponse> PublishViewAsync(string token, string userId, JsonObject view, CancellationToken ct = default) =>
        CallJsonAsync<SlackViewResponse>("views.publish", token, new JsonObject { ["user_id"] = userId, ["view"] = view.DeepClone() }, ct);

    /// <summary><see href="https://api.slack.com/methods/conversations.open">conversations.open</see>: the DM with a user.</summary>
    public Task<SlackConversationOpened> OpenConversationAsync(string token, string userId, CancellationToken ct = default) =>
        CallJsonAsync<SlackConversationOpened>("conversations.open", token, new JsonObject { ["users"] = userId }, ct);

    /// <summary><see href="https://api.slack.com/methods/users.info">users.info</see> (form-encoded: it takes no JSON body).</summary>
    public Task<SlackUserInfoResponse> UserInfoAsync(string token, string userId, CancellationToken ct = default) =>
        CallAsync<SlackUserInfoResponse>("users.info", token, () => new FormUrlEncodedContent([new("user", userId)]), ct);

    /// <summary><see href="https://api.slack.com/methods/oauth.v2.access">oauth.v2.access</see>: exchanges the install code.</summary>
    public Task<SlackOAuthAccess> OAuthV2AccessAsync(string clientId, string clientSecret, string code, string redirectUri,
        CancellationToken ct = default) =>
        CallAsync<SlackOAuthAccess>("oauth.v2.access", null, () => new FormUrlEncodedContent(
        [
            new("client_id", clientId), new("client_secret", clientSecret), new("code", code), new("redirect_uri", redirectUri),
        ]), ct);

    /// <summary>
    /// <see href="https://api.slack.com/methods/files.getUploadURLExternal">files.getUploadURLExternal</see>: step 1 of an
    /// upload (files.upload is retired). Form-encoded, the content type every version of the method accepts.
    /// </summary>
    public Task<SlackUploadUrl> GetUploadUrlExternalAsync(string token, string fileName, long length, CancellationToken ct = default) =>
        CallAsync<SlackUploadUrl>("files.getUploadURLExternal", token, () => new FormUrlEncodedContent(
        [
            new("filename", fileName), new("length", length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]), ct);

    /// <summary>
    /// Step 2: the raw bytes to the <c>upload_url</c> from step 1 (pre-signed, so no token). The caller checks the URL
    /// with <c>SlackUploadUrlRule</c>.
    /// </summary>
    public async Task UploadToUrlAsync(Uri uploadUrl, byte[] content, CancellationToken ct = default)
    {
        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ByteArrayContent(content) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return request;
        }, ct);
        if (!response.IsSuccessStatusCode) throw new SlackApiException("upload_url", $"http_{(int)response.StatusCode}");
    }

    /// <summary>
    /// <see href="https://api.slack.com/methods/files.completeUploadExternal">files.completeUploadExternal</see>: step 3,
    /// shares the uploaded file into <paramref name="channelId"/> with <paramref name="initialComment"/>.
    /// </summary>
    public Task<SlackApiResponse> CompleteUploadExternalAsync(string token, string fileId, string title, string channelId,
        string? initialComment, CancellationToken ct = default) =>
        CallJsonAsync<SlackApiResponse>("files.completeUploadExternal", token, new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title }),
            ["channel_id"] = channelId,
            ["initial_comment"] = initialComment,
        }, ct);

    /// <summary>
    /// Posts to an interaction's <see href="https://api.slack.com/interactivity/handling#message_responses">response_url</see>.
    /// The caller checks the URL with <c>SlackGuards.ResponseUrlAllowed</c>.
    /// </summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, JsonObject message, CancellationToken ct = default)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, responseUrl)
        {
            Content = Json(message),
        }, ct);
        if (!response.IsSuccessStatusCode)
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
    }

    private Task<T> CallJsonAsync<T>(string method, string token, JsonObject body, CancellationToken ct) where T : SlackApiResponse
    {
        foreach (var key in body.Where(p => p.Value is null).Select(p => p.Key).ToList()) body.Remove(key);
        return CallAsync<T>(method, token, () => Json(body), ct);
    }

    private async Task<T> CallAsync<T>(string method, string? token, Func<HttpContent> content, CancellationToken ct) where T : SlackApiResponse
    {
        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, Route(method)) { Content = content() };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }, ct);
        if (!response.IsSuccessStatusCode) throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync(ct);
        T? result;
        try
        {
            result = JsonSerializer.Deserialize<T>(text, SlackJson.Options);
        }
        catch (JsonException)
        {
            throw new SlackApiException(method, "invalid_response");
        }
        if (result is null) throw new SlackApiException(method, "invalid_response");
        if (!result.Ok) throw new SlackApiException(method, result.Error ?? "unknown_error", result.Warning);
        return result;
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = build();
            var response = await http.SendAsync(request, ct);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= MaxRateLimitRetries) return response;
            var wait = RetryDelay(response.Headers.RetryAfter);
            response.Dispose();
            await Task.Delay(wait, clock, ct);
        }
    }

    /// <summary>Honours Retry-After (seconds), capped so a bad header cannot park a worker for long.</summary>
    public static TimeSpan RetryDelay(RetryConditionHeaderValue? retryAfter)
    {
        var delay = retryAfter?.Delta ?? TimeSpan.FromSeconds(1);
        if (delay < TimeSpan.Zero) delay = TimeSpan.Zero;
        return delay > MaxRetryAfter ? MaxRetryAfter : delay;
    }

    /// <summary>Every method is a path under the configured API base; built here only.</summary>
    private static string Route(string method) => method;

    private static StringContent Json(JsonObject body) =>
        new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
