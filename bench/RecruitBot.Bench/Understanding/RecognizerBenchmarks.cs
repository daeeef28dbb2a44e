using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RecruitBot.Understanding;

namespace RecruitBot.Bench.Understanding;

/// <summary>
/// Recognizer throughput over tests/nl-eval/cases.jsonl: one operation is one utterance, so
/// utterances/s = 1 / (reported mean time per op).
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private (string Input, DateTime Reference)[] _cases = [];
    private readonly DateRecognizer _dates = new();
    private readonly OutcomeRecognizer _outcomes = new();

    [GlobalSetup]
    public void Setup()
    {
        var path = FindCases();
        _cases = File.ReadLines(path).Where(l => l.Length > 0).Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            var r = doc.RootElement;
            return (r.GetProperty("input").GetString()!, DateTime.Parse(r.GetProperty("referenceDateTime").GetString()!, CultureInfo.InvariantCulture));
        }).ToArray();
    }

    [Benchmark(OperationsPerInvoke = 181)]
    public int DateRecognizer_AllCases()
    {
        var n = 0;
        foreach (var (input, reference) in _cases) n += _dates.Recognize(input, reference).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = 181)]
    public int OutcomeRecognizer_AllCases()
    {
        var n = 0;
        foreach (var (input, reference) in _cases) n += _outcomes.Recognize(input, reference).Candidates.Count;
        return n;
    }

    private static string FindCases()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "nl-eval", "cases.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("tests/nl-eval/cases.jsonl not found above " + AppContext.BaseDirectory);
    }
}
