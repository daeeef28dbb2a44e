using System.Globalization;
using System.Text.Json;
using RecruitBot.Recruiting;
using RecruitBot.Understanding;

namespace RecruitBot.Tests.Understanding;

/// <summary>
/// Runs tests/nl-eval/cases.jsonl through the recognizer and holds accuracy floors, so a regression in any
/// rule fails the build. The authoritative score is still run-reference.js; this is its strict subset.
/// </summary>
public class CasesFileTests
{
    private static string CasesPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "nl-eval", "cases.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("tests/nl-eval/cases.jsonl not found above " + AppContext.BaseDirectory);
    }

    private static string Key(JsonElement e) =>
        string.Join("|", e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString(), e.GetProperty("type").GetString(),
            string.Join(";", e.GetProperty("values").EnumerateArray().Select(v => string.Join(",",
                new[] { "type", "value", "start", "end", "mod" }.Select(k => v.TryGetProperty(k, out var x) ? x.GetString() : "")))
                .Order(StringComparer.Ordinal)));

    private static string Key(DateEntity e) =>
        string.Join("|", e.Start, e.End, e.Text, e.Type,
            string.Join(";", e.Values.Select(v => string.Join(",", v.Type, v.Value ?? "", v.Start ?? "", v.End ?? "", v.Mod ?? "")).Order(StringComparer.Ordinal)));

    [Fact]
    public void Recognize_CasesFile_MeetsAccuracyFloors()
    {
        var recognizer = new OutcomeRecognizer();
        int cases = 0, strict = 0, gold = 0, outcomeOk = 0, roleOk = 0, followOk = 0;
        foreach (var line in File.ReadLines(CasesPath()).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var c = doc.RootElement;
            var reference = DateTime.Parse(c.GetProperty("referenceDateTime").GetString()!, CultureInfo.InvariantCulture);
            var parse = recognizer.Recognize(c.GetProperty("input").GetString()!, reference);
            cases++;
            var expected = c.GetProperty("expected").EnumerateArray().Select(Key).Order(StringComparer.Ordinal);
            if (expected.SequenceEqual(parse.Dates.Select(Key).Order(StringComparer.Ordinal))) strict++;
            foreach (var g in c.GetProperty("candidates").EnumerateArray())
            {
                gold++;
                var name = g.GetProperty("name").GetString();
                var p = parse.Candidates.FirstOrDefault(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
                if (p is null) continue;
                if (p.Outcome is { } o && DomainNames.Of(o) == g.GetProperty("outcome").GetString()) outcomeOk++;
                if (string.Equals(p.Role, g.GetProperty("role").GetString(), StringComparison.OrdinalIgnoreCase)) roleOk++;
                var fu = g.GetProperty("followUp");
                var date = p.FollowUp?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var inWindow = fu.ValueKind == JsonValueKind.Null ? date is null
                    : date is not null && fu.GetProperty("windows").EnumerateArray().Any(w =>
                        string.CompareOrdinal(date, w[0].GetString()) >= 0 && string.CompareOrdinal(date, w[1].GetString()) <= 0);
                if (inWindow) followOk++;
            }
        }
        Assert.True(cases >= 150, $"only {cases} cases");
        Assert.True(strict >= cases * 0.95, $"strict {strict}/{cases}");
        Assert.True(outcomeOk >= gold * 0.95, $"outcome {outcomeOk}/{gold}");
        Assert.True(roleOk >= gold * 0.90, $"role {roleOk}/{gold}");
        Assert.True(followOk >= gold * 0.90, $"follow-up {followOk}/{gold}");
    }
}
