using System.Text.Json;
using RecruitBot.Hosting.Cli;

namespace RecruitBot.Tests.Understanding;

public class UnderstandCommandTests
{
    [Fact]
    public async Task RunAsync_CasesFile_WritesMetaThenOnePredictionPerCase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"understand-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"id":"a","input":"Priya Shah runner-up, check back in 3 months","referenceDateTime":"2025-11-18T09:00:00","expected":[]}""",
            """{"id":"b","input":"nothing here","referenceDateTime":"2025-11-18T09:00:00"}""",
        ]);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = await UnderstandCommand.RunAsync([path, "--min-seconds", "0"], stdout, stderr);
            Assert.Equal(0, code);
            var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(3, lines.Count);
            var meta = lines[0].GetProperty("_meta");
            Assert.Equal("nl-eval/predictions@1", meta.GetProperty("schema").GetString());
            Assert.True(meta.GetProperty("throughput").GetProperty("utterancesPerSecond").GetDouble() > 0);
            var a = lines[1];
            Assert.Equal("a", a.GetProperty("id").GetString());
            var entity = Assert.Single(a.GetProperty("entities").EnumerateArray());
            Assert.Equal("in 3 months", entity.GetProperty("text").GetString());
            var candidate = Assert.Single(a.GetProperty("candidates").EnumerateArray());
            Assert.Equal("runner-up", candidate.GetProperty("outcome").GetString());
            Assert.Equal("2026-02-18", candidate.GetProperty("followUpDate").GetString());
            Assert.Empty(lines[2].GetProperty("entities").EnumerateArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task RunAsync_MissingFile_ReturnsTwoAndWritesNothingToStdout()
    {
        var stdout = new StringWriter();
        var code = await UnderstandCommand.RunAsync(["/nonexistent/cases.jsonl"], stdout, new StringWriter());
        Assert.Equal(2, code);
        Assert.Equal("", stdout.ToString());
    }
}
