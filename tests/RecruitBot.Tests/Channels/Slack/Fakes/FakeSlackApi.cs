using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Slack.Fakes;

/// <summary>Slack's Web API and response_url hooks on 127.0.0.1, recording every call in order.</summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private LoopbackApp? _app;
    private int _ts;

    public ConcurrentQueue<SlackCall> Calls { get; } = new();

    /// <summary>Bytes POSTed to an upload_url handed out by files.getUploadURLExternal, by file id (also recorded in <see cref="Calls"/> as "upload_url").</summary>
    public ConcurrentDictionary<string, (string ContentType, string? Authorization, byte[] Bytes)> Uploads { get; } = new();

    /// <summary>Per-method canned failures: the next call answers this error (or HTTP status when it parses as int).</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<string>> Failures { get; } = new();

    /// <summary>users.info real names by user id; anyone else is "Pat Manager".</summary>
    public ConcurrentDictionary<string, string> RealNames { get; } = new(StringComparer.Ordinal);

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeSlackApi> StartAsync()
    {
        var fake = new FakeSlackApi();
        fake._app = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost("/api/{method}", (Func<HttpContext, string, Task<IResult>>)fake.HandleAsync);
            app.MapPost("/hooks/{*rest}", (Func<HttpContext, string, Task<IResult>>)fake.HookAsync);
            app.MapPost("/upload/v1/{fileId}", (Func<HttpContext, string, Task<IResult>>)fake.UploadAsync);
        });
        fake.BaseUrl = fake._app.BaseUrl + "/api/";
        return fake;
    }

    public string HookUrl(string name) => BaseUrl.Replace("/api/", "/hooks/", StringComparison.Ordinal) + name;

    public IReadOnlyList<SlackCall> Of(string method) => Calls.Where(c => c.Method == method).ToList();

    public async Task WaitForAsync(Func<FakeSlackApi, bool> condition, int timeoutMs = 15000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition(this))
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException("Slack calls so far: " + string.Join(", ", Calls.Select(c => c.Method)));
            await Task.Delay(20);
        }
    }

    private async Task<IResult> HandleAsync(HttpContext http, string method)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        JsonObject json = http.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true
            ? (JsonObject)JsonNode.Parse(body)!
            : new JsonObject(QueryHelpers.ParseQuery(body).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value.ToString()))));
        Calls.Enqueue(new SlackCall(method, http.Request.Headers.Authorization.ToString(), json));
        if (Failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var failure))
        {
            if (int.TryParse(failure, out var status))
            {
                http.Response.Headers.RetryAfter = "0";
                return Results.StatusCode(status);
            }
            return Results.Json(new { ok = false, error = failure });
        }
        var ts = $"1700000000.{Interlocked.Increment(ref _ts):D6}";
        return method switch
        {
            "chat.postMessage" => Results.Json(new { ok = true, channel = json["channel"]?.ToString(), ts }),
            "chat.update" => Results.Json(new { ok = true, channel = json["channel"]?.ToString(), ts = json["ts"]?.ToString() }),
            "views.open" or "views.publish" => Results.Json(new { ok = true, view = new { id = "V" + ts.Replace(".", "") } }),
            "conversations.open" => Results.Json(new { ok = true, channel = new { id = "D" + json["users"] } }),
            "files.getUploadURLExternal" => Results.Json(new
            {
                ok = true, file_id = "F0" + ts.Replace(".", "", StringComparison.Ordinal)[^6..],
                upload_url = BaseUrl.Replace("/api/", "/upload/v1/", StringComparison.Ordinal) + "F0" + ts.Replace(".", "", StringComparison.Ordinal)[^6..],
            }),
            "files.completeUploadExternal" => Results.Json(new
            {
                ok = true, files = (json["files"] as JsonArray ?? []).Select(f => new { id = f!["id"]?.ToString(), title = f["title"]?.ToString() }),
            }),
            "users.info" => Results.Json(new { ok = true, user = new { id = json["user"]?.ToString(), name = "pat", real_name = RealName(json["user"]?.ToString()), tz = "Europe/Berlin" } }),
            "oauth.v2.access" => Results.Json(new
            {
                ok = true, access_token = "xoxb-installed", token_type = "bot", scope = "chat:write", bot_user_id = "UBOT2", app_id = "A0APP",
                team = new { id = "T0INSTALL", name = "Installed Co" },
            }),
            _ => Results.Json(new { ok = true }),
        };
    }

    private string RealName(string? user) => user is not null && RealNames.TryGetValue(user, out var name) ? name : "Pat Manager";

    private async Task<IResult> HookAsync(HttpContext http, string rest)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        Calls.Enqueue(new SlackCall("response_url", rest, (JsonObject)JsonNode.Parse(body)!));
        return Results.Text("ok");
    }

    private async Task<IResult> UploadAsync(HttpContext http, string fileId)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        Uploads[fileId] = (http.Request.ContentType ?? "", http.Request.Headers.Authorization.FirstOrDefault(), buffer.ToArray());
        Calls.Enqueue(new SlackCall("upload_url", fileId, new JsonObject { ["length"] = buffer.Length }));
        return Results.Text("OK - " + buffer.Length);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
