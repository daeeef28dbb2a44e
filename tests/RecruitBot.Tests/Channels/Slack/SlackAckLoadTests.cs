using System.Diagnostics;
using System.Net;
using RecruitBot.Tests.Channels.Slack.Fakes;
using RecruitBot.Tests.Support;
using Xunit.Abstractions;

namespace RecruitBot.Tests.Channels.Slack;

/// <summary>
/// Ack latency under load (see bench/slack-load/README.md): signed events posted concurrently, each verified, stored
/// in the SQLite inbox (WAL, synchronous=FULL) and acknowledged. The test asserts what must hold under load (every
/// event acknowledged, each stored once); latency is a benchmark figure, so it is printed, not asserted.
/// </summary>
[Trait("Category", "Load")]
public sealed class SlackAckLoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Events_ConcurrentLoad_EveryEventAckedAndStoredOnce()
    {
        var total = int.TryParse(Environment.GetEnvironmentVariable("SLACK_LOAD_EVENTS"), out var n) ? n : 1000;
        var concurrency = int.TryParse(Environment.GetEnvironmentVariable("SLACK_LOAD_CONCURRENCY"), out var c) ? c : 16;
        await using var api = await FakeSlackApi.StartAsync();
        var file = SqliteSchema.NewFile();
        await using var host = await SlackTestHost.StartAsync(file, api, new FakeEngine(), runWorker: false);
        // Warm-up at the same concurrency so JIT tiering and thread-pool growth are not timed as ack latency.
        var warmup = Math.Max(concurrency * 8, total / 5);
        await RunAsync(host, "W", warmup, concurrency);

        var wall = Stopwatch.StartNew();
        var latencies = await RunAsync(host, "E", total, concurrency);
        wall.Stop();

        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(total - 1, (int)Math.Ceiling(q * total) - 1)];
        output.WriteLine($"events={total} concurrency={concurrency} wall={wall.Elapsed.TotalSeconds:F2}s rate={total / wall.Elapsed.TotalSeconds:F0}/s " +
                         $"p50={P(0.50):F1}ms p99={P(0.99):F1}ms max={latencies[^1]:F1}ms");
        Assert.Equal(warmup + total, StoreSnapshot.Count(file, "SlackInbox"));
    }

    private static async Task<double[]> RunAsync(SlackTestHost host, string prefix, int total, int concurrency)
    {
        var latencies = new double[total];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var body = SlackPayloads.Event($"Ev{prefix}{i:D8}", SlackPayloads.DirectMessage($"note {i}", $"1700001000.{i:D6}"));
                var sw = Stopwatch.StartNew();
                var response = await host.PostEventAsync(body);
                latencies[i] = sw.Elapsed.TotalMilliseconds;
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }));
        return latencies;
    }
}
