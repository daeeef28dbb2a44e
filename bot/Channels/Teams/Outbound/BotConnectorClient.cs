using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecruitBot.Channels.Teams.Auth;
using RecruitBot.Channels.Teams.Wire;

namespace RecruitBot.Channels.Teams.Outbound;

/// <summary>
/// The Bot Connector REST API (v3) as a typed HttpClient. Throttling and transient failures are retried with
/// bounded exponential backoff honouring Retry-After; 403/404 surface as <see cref="ConversationGoneException"/>.
/// Plain HTTP is used only towards loopback (emulators, the Playground, test fakes).
/// </summary>
public sealed class BotConnectorClient(HttpClient http, IBotTokenProvider tokens, TeamsOptions options, TimeProvider clock)
{
    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, BotConnectorRoutes.ReplyToActivity(serviceUrl, conversationId, replyToId), conversationId, activity, ct);

    public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, BotConnectorRoutes.SendToConversation(serviceUrl, conversationId), conversationId, activity, ct);

    public Task<string?> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync(HttpMethod.Put, BotConnectorRoutes.UpdateActivity(serviceUrl, conversationId, activityId), conversationId, activity, ct);

    /// <summary>Creates (or finds) the 1:1 chat between the bot and a user; returns its conversation id.</summary>
    public async Task<string> CreateConversationAsync(string serviceUrl, string tenantId, string botId, string userId, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = new JsonObject { ["id"] = botId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = userId }),
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        using var response = await SendWithRetryAsync(HttpMethod.Post, BotConnectorRoutes.CreateConversation(serviceUrl), body, "", ct);
        var json = await response.Content.ReadFromJsonAsync<JsonObject>(TeamsJson.Options, ct);
        return json?["id"]?.GetValue<string>() ?? throw new HttpRequestException("The connector created a conversation without an id.");
    }

    private async Task<string?> SendAsync(HttpMethod method, Uri uri, string conversationId, Activity activity, CancellationToken ct)
    {
        using var response = await SendWithRetryAsync(method, uri, activity, conversationId, ct);
        if (response.Content.Headers.ContentLength == 0) return null;
        try
        {
            return (await response.Content.ReadFromJsonAsync<ResourceResponse>(TeamsJson.Options, ct))?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<HttpResponseMessage> SendWithRetryAsync<T>(HttpMethod method, Uri uri, T body, string conversationId, CancellationToken ct)
    {
        if (uri.Scheme != Uri.UriSchemeHttps && !TokenRules.IsLoopback(uri))
            throw new InvalidOperationException("Refusing to call a non-HTTPS connector that is not on loopback.");
        var token = await tokens.GetTokenAsync(ct);
        // Serialized once for every attempt; a known length also spares the request chunked framing.
        var json = JsonSerializer.SerializeToUtf8Bytes(body, TeamsJson.Options);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri) { Content = new ByteArrayContent(json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } } };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode) return response;
            var status = response.StatusCode;
            if (status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound && conversationId.Length > 0)
            {
                response.Dispose();
                throw new ConversationGoneException(conversationId, (int)status);
            }
            if (!RetryPolicy.IsRetryable(status) || attempt >= options.ConnectorMaxAttempts)
            {
                response.Dispose();
                throw new HttpRequestException($"Bot Connector answered {(int)status} for {method} {uri.AbsolutePath}.", null, status);
            }
            var delay = RetryPolicy.Delay(attempt - 1, response.Headers.RetryAfter, clock.GetUtcNow(),
                options.ConnectorRetryBaseDelay, options.ConnectorRetryMaxDelay, Random.Shared);
            response.Dispose();
            await Task.Delay(delay, clock, ct);
        }
    }
}
