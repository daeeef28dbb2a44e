using System.Text.Json.Nodes;
using RecruitBot.Cards;
using RecruitBot.Hosting.Cli;

namespace RecruitBot.Tests.Cards;

public class CardsExportCommandTests
{
    [Fact]
    public async Task RunAsync_Dir_WritesEverySampleForEverySurface()
    {
        var dir = Path.Combine(Path.GetTempPath(), "rb-cards-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stdout = new StringWriter();
            var code = await CardsExportCommand.RunAsync(new[] { dir }, stdout, new StringWriter());

            Assert.Equal(0, code);
            foreach (var sample in CardSamples.All)
            {
                var adaptive = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "adaptive", sample.FileStem + ".json")))!;
                Assert.Equal("1.5", (string?)adaptive["version"]);
                var slack = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "slack", sample.FileStem + ".json")))!;
                Assert.NotNull(slack["blocks"]);
                Assert.Contains(Path.Combine(dir, "slack", sample.FileStem + ".json"), stdout.ToString());
            }
            // Every card with inputs (and only those) also has a Slack modal form.
            var binder = new CardBinder(CardTemplates.Default);
            var withInputs = CardSamples.All.Where(s => binder.Bind(s.Reply.Template, s.Reply.Data, s.Reply.Summary).HasInputs)
                .Select(s => s.FileStem + ".json").Order(StringComparer.Ordinal).ToList();
            Assert.Contains("outcome-edit.json", withInputs);
            Assert.Equal(withInputs,
                Directory.GetFiles(Path.Combine(dir, "slack-modal")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task RunAsync_NoDir_PrintsUsageAndFails()
    {
        var stderr = new StringWriter();

        Assert.Equal(2, await CardsExportCommand.RunAsync(Array.Empty<string>(), new StringWriter(), stderr));
        Assert.Contains("usage: cards export DIR", stderr.ToString());
    }
}
