using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace TeamsLoad;

/// <summary>
/// Sends Teams message activities to /api/messages and times each turn from the request's send to the reply's
/// arrival at the fake connector (correlated by replyToId = the activity id).
/// </summary>
public sealed class LoadRunner(HttpClient http, string botUrl, FakeConnector connector, string? token, string appId, string text)
{
    public const string Tenant = "7a1f3b2c-0d4e-4f56-9a8b-1c2d3e4f5a6b";
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(10);
    // Turns spread over a fixed set of users, each in their own personal chat, as a real tenant's traffic would be.
    private const int Users = 64;
    private long _seq;

    /// <summary>Closed loop: <paramref name="concurrency"/> senders, each sending its next turn when the last reply arrived.</summary>
    public async Task<RunResult> ClosedLoopAsync(string name, int concurrency, TimeSpan duration)
    {
        var samples = new List<double>[concurrency];
        var errors = 0;
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async w =>
        {
            samples[w] = [];
            while (Stopwatch.GetTimestamp() < end)
            {
                var (ok, ms) = await TurnAsync(w % Users, Stopwatch.GetTimestamp());
                if (ok) samples[w].Add(ms);
                else Interlocked.Increment(ref errors);
            }
        }));
        var wall = Stopwatch.GetElapsedTime(start);
        return RunResult.From(name, concurrency, null, wall, samples.SelectMany(s => s).ToArray(), errors);
    }

    /// <summary>Open loop at a fixed rate; latency counts from each turn's scheduled send time, so a stalled bot shows.</summary>
    public async Task<RunResult> FixedRateAsync(string name, double perSecond, TimeSpan duration, int maxInFlight = 4000)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var ok = new bool[total];
        var inFlight = new List<Task>(total);
        var gate = new SemaphoreSlim(maxInFlight);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i / perSecond * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            await gate.WaitAsync();
            var n = i;
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    (ok[n], latencies[n]) = await TurnAsync(n % Users, due);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        await Task.WhenAll(inFlight);
        var wall = Stopwatch.GetElapsedTime(start);
        var good = latencies.Where((_, i) => ok[i]).ToArray();
        return RunResult.From(name, null, perSecond, wall, good, total - good.Length);
    }

    private async Task<(bool Ok, double Ms)> TurnAsync(int user, long sentAt)
    {
        var id = "bench-" + Interlocked.Increment(ref _seq).ToString(CultureInfo.InvariantCulture);
        var reply = connector.Expect(id);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, botUrl + "/api/messages")
            {
                Content = new StringContent(Activity(id, user), Encoding.UTF8, "application/json"),
            };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode) return (false, 0);
            var arrived = await reply.WaitAsync(TurnTimeout);
            return (true, Stopwatch.GetElapsedTime(sentAt, arrived).TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException)
        {
            return (false, 0);
        }
        finally
        {
            connector.Forget(id);
        }
    }

    private string Activity(string id, int user)
    {
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        // Shaped like a Teams personal-chat message (see ../shared/fixtures for real Playground traffic).
        return $$$"""
            {"type":"message","id":"{{{id}}}","timestamp":"{{{now}}}","localTimezone":"Europe/Berlin","serviceUrl":"{{{connector.ServiceUrl}}}",
             "channelId":"msteams","from":{"id":"29:bench-user-{{{user}}}","name":"Bench User {{{user}}}","aadObjectId":"aad-bench-{{{user}}}"},
             "recipient":{"id":"28:{{{appId}}}","name":"RecruitBot"},
             "conversation":{"conversationType":"personal","tenantId":"{{{Tenant}}}","id":"a:bench-conv-{{{user}}}"},
             "channelData":{"tenant":{"id":"{{{Tenant}}}"}},"text":{{{System.Text.Json.JsonSerializer.Serialize(text)}}},"textFormat":"plain","locale":"en-US"}
            """;
    }
}
