using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecruitBot.Cards;

namespace RecruitBot.Hosting.Cli;

/// <summary>
/// <c>cards export DIR</c>: renders every template with every sample to DIR/adaptive, DIR/slack and (for cards
/// with inputs) DIR/slack-modal, so the validators in <c>.ci/check-cards.sh</c> can check real output.
/// </summary>
public static class CardsExportCommand
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]) || args[0].StartsWith('-'))
        {
            await stderr.WriteLineAsync("usage: cards export DIR");
            return 2;
        }
        var codec = new CardActionCodec();
        var binder = new CardBinder(CardTemplates.Default);
        var adaptive = new AdaptiveCardRenderer(codec);
        var slack = new BlockKitRenderer(codec);
        var root = Path.GetFullPath(args[0]);
        var missing = CardTemplates.Default.Names.Where(n => !CardSamples.For(n).Any()).ToList();
        foreach (var name in missing)
        {
            await stderr.WriteLineAsync($"warning: template '{name}' has no sample in CardSamples; not exported");
        }
        foreach (var sample in CardSamples.All)
        {
            var card = binder.Bind(sample.Reply.Template, sample.Reply.Data, sample.Reply.Summary);
            await WriteAsync(root, "adaptive", sample.FileStem, adaptive.Render(card), stdout);
            await WriteAsync(root, "slack", sample.FileStem, slack.RenderMessage(card), stdout);
            if (slack.RenderModal(card) is { } modal)
            {
                await WriteAsync(root, "slack-modal", sample.FileStem, modal, stdout);
            }
        }
        return 0;
    }

    private static async Task WriteAsync(string root, string folder, string stem, JsonNode json, TextWriter stdout)
    {
        var dir = Path.Combine(root, folder);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, stem + ".json");
        await File.WriteAllTextAsync(path, json.ToJsonString(Indented) + "\n");
        await stdout.WriteLineAsync(path);
    }
}
