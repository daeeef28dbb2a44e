using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using RecruitBot.Recruiting;
using RecruitBot.Understanding;

namespace RecruitBot.Hosting.Cli;

/// <summary>
/// <c>understand CASES.jsonl [--min-seconds N] [--max-passes N]</c>: runs the outcome recognizer over an
/// nl-eval cases file and writes <c>nl-eval/predictions@1</c> JSONL (with the README's throughput protocol)
/// to stdout. Diagnostics go to stderr so stdout stays pure JSONL.
/// </summary>
public static class UnderstandCommand
{
    private const string Version = "0.1.0";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!TryParseArgs(args, out var path, out var minSeconds, out var maxPasses, out var error))
        {
            await stderr.WriteLineAsync($"understand: {error}\nusage: understand CASES.jsonl [--min-seconds N] [--max-passes N]");
            return 2;
        }
        List<(string Id, string Input, DateTime Reference)> cases;
        try
        {
            cases = await ReadCasesAsync(path!);
        }
        catch (Exception ex) when (ex is IOException or JsonException or FormatException or UnauthorizedAccessException or KeyNotFoundException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"understand: cannot read {path}: {ex.Message}");
            return 2;
        }

        var cold = Stopwatch.StartNew();
        var recognizer = new OutcomeRecognizer();
        var results = new OutcomeParse[cases.Count];
        if (cases.Count > 0) results[0] = recognizer.Recognize(cases[0].Input, cases[0].Reference);
        var coldMs = cold.Elapsed.TotalMilliseconds;
        for (var i = 1; i < cases.Count; i++) results[i] = recognizer.Recognize(cases[i].Input, cases[i].Reference);

        var throughput = Measure(recognizer, cases, minSeconds, maxPasses, coldMs);
        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"understand: {cases.Count} cases, {throughput.Calls} timed calls in {throughput.Seconds:F2}s = {throughput.Calls / Math.Max(throughput.Seconds, 1e-9):F0} utterances/s"));

        await stdout.WriteLineAsync(MetaLine(throughput));
        for (var i = 0; i < cases.Count; i++) await stdout.WriteLineAsync(PredictionLine(cases[i].Id, results[i]));
        await stdout.FlushAsync();
        return 0;
    }

    private static bool TryParseArgs(string[] args, out string? path, out double minSeconds, out int maxPasses, out string error)
    {
        (path, minSeconds, maxPasses, error) = (null, 10, 200, "");
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if ((a == "--min-seconds" || a == "--max-passes") && i + 1 >= args.Length)
            {
                error = $"missing value for {a}";
                return false;
            }
            if (a == "--min-seconds")
            {
                if (!double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out minSeconds) || minSeconds < 0) { error = "bad --min-seconds"; return false; }
            }
            else if (a == "--max-passes")
            {
                if (!int.TryParse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture, out maxPasses) || maxPasses < 1) { error = "bad --max-passes"; return false; }
            }
            else if (a.StartsWith("--", StringComparison.Ordinal)) { error = $"unknown option {a}"; return false; }
            else if (path is null) path = a;
            else { error = "only one cases file"; return false; }
        }
        if (path is null) error = "missing CASES.jsonl";
        return path is not null;
    }

    private static async Task<List<(string, string, DateTime)>> ReadCasesAsync(string path)
    {
        var list = new List<(string, string, DateTime)>();
        foreach (var line in await File.ReadAllLinesAsync(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString() ?? throw new FormatException("id must be a string");
            var input = root.GetProperty("input").GetString() ?? throw new FormatException($"{id}: input must be a string");
            var reference = DateTime.Parse(root.GetProperty("referenceDateTime").GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.None);
            list.Add((id, input, reference));
        }
        return list;
    }

    private sealed record Throughput(int Passes, int Calls, double Seconds, double[] Sorted, double ColdMs);

    private static Throughput Measure(OutcomeRecognizer recognizer, List<(string Id, string Input, DateTime Reference)> cases, double minSeconds, int maxPasses, double coldMs)
    {
        var latencies = new List<double>();
        var passes = 0;
        var total = Stopwatch.StartNew();
        var call = new Stopwatch();
        while (cases.Count > 0 && passes < maxPasses && (passes == 0 || total.Elapsed.TotalSeconds < minSeconds))
        {
            foreach (var c in cases)
            {
                call.Restart();
                recognizer.Recognize(c.Input, c.Reference);
                latencies.Add(call.Elapsed.TotalMilliseconds);
            }
            passes++;
        }
        var seconds = total.Elapsed.TotalSeconds;
        var sorted = latencies.ToArray();
        Array.Sort(sorted);
        return new Throughput(passes, sorted.Length, seconds, sorted, coldMs);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(p * sorted.Length))];

    private static string MetaLine(Throughput t)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteStartObject("_meta");
            w.WriteString("schema", "nl-eval/predictions@1");
            w.WriteStartObject("system");
            w.WriteString("name", "RecruitBot.Understanding.OutcomeRecognizer");
            w.WriteString("version", Version);
            w.WriteEndObject();
            w.WriteStartObject("throughput");
            w.WriteString("mode", "one OutcomeRecognizer (with its DateRecognizer) built once, Recognize per utterance, single-threaded");
            w.WriteNumber("warmupPasses", 1);
            w.WriteNumber("timedPasses", t.Passes);
            w.WriteNumber("utterances", t.Calls);
            w.WriteNumber("seconds", Math.Round(t.Seconds, 3));
            w.WriteNumber("utterancesPerSecond", Math.Round(t.Calls / Math.Max(t.Seconds, 1e-9), 1));
            w.WriteStartObject("latencyMs");
            w.WriteNumber("mean", Math.Round(t.Sorted.Length == 0 ? 0 : t.Sorted.Average(), 4));
            w.WriteNumber("p50", Math.Round(Percentile(t.Sorted, 0.50), 4));
            w.WriteNumber("p95", Math.Round(Percentile(t.Sorted, 0.95), 4));
            w.WriteNumber("p99", Math.Round(Percentile(t.Sorted, 0.99), 4));
            w.WriteNumber("max", Math.Round(t.Sorted.Length == 0 ? 0 : t.Sorted[^1], 4));
            w.WriteEndObject();
            w.WriteNumber("coldStartMs", Math.Round(t.ColdMs, 1));
            w.WriteStartObject("machine");
            w.WriteNumber("cpus", Environment.ProcessorCount);
            w.WriteString("runtime", RuntimeInformation.FrameworkDescription);
            w.WriteString("os", RuntimeInformation.OSDescription);
            w.WriteString("arch", RuntimeInformation.ProcessArchitecture.ToString());
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string PredictionLine(string id, OutcomeParse parse)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteStartArray("entities");
            foreach (var e in parse.Dates)
            {
                w.WriteStartObject();
                w.WriteString("text", e.Text);
                w.WriteNumber("start", e.Start);
                w.WriteNumber("end", e.End);
                w.WriteString("type", e.Type);
                w.WriteStartArray("values");
                foreach (var v in e.Values)
                {
                    w.WriteStartObject();
                    WriteIf(w, "timex", v.Timex);
                    w.WriteString("type", v.Type);
                    WriteIf(w, "value", v.Value);
                    WriteIf(w, "start", v.Start);
                    WriteIf(w, "end", v.End);
                    WriteIf(w, "mod", v.Mod);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("candidates");
            foreach (var c in parse.Candidates)
            {
                w.WriteStartObject();
                WriteNullable(w, "name", c.Name);
                WriteNullable(w, "role", c.Role);
                WriteNullable(w, "outcome", c.Outcome is { } o ? DomainNames.Of(o) : null);
                WriteNullable(w, "followUpDate", c.FollowUp?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteIf(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
