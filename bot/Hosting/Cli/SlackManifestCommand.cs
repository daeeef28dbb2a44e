using System.Text.Json;
using RecruitBot.Channels.Slack;

namespace RecruitBot.Hosting.Cli;

/// <summary>
/// <c>recruitbot slack-manifest --base-url https://bot.example.org [--listen-in-channels]</c>: prints the Slack app
/// manifest with every request URL under that base, ready to paste into "Create app from manifest".
/// </summary>
public static class SlackManifestCommand
{
    private const string Usage = "usage: slack-manifest --base-url https://your.host [--listen-in-channels]";

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? baseUrl = null;
        var listen = false;
        var rest = args.SkipWhile(a => a == "slack-manifest").ToArray();
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--base-url" when i + 1 < rest.Length: baseUrl = rest[++i]; break;
                case "--listen-in-channels": listen = true; break;
                case "-h" or "--help": stdout.WriteLine(Usage); return Task.FromResult(0);
                default: stderr.WriteLine($"unknown argument '{rest[i]}'\n{Usage}"); return Task.FromResult(2);
            }
        }
        if (baseUrl is null || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            stderr.WriteLine($"--base-url must be an absolute https URL without query (Slack only calls https)\n{Usage}");
            return Task.FromResult(2);
        }
        var manifest = SlackManifest.Build(baseUrl, listen);
        stdout.WriteLine(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return Task.FromResult(0);
    }
}
