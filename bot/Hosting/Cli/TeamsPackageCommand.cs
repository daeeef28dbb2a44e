using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RecruitBot.Hosting.Cli;

/// <summary>
/// <c>teams-package --app-id GUID [--domain host] [--out file.zip] [--manifest-dir dir]</c>: fills the bot id and
/// domain into <c>manifest/teams/manifest.json</c> and writes the uploadable app package (manifest and icons at the
/// zip root).
/// </summary>
public static partial class TeamsPackageCommand
{
    public const string DefaultDomain = "example.com";
    private static readonly string[] Icons = ["color.png", "outline.png"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Parse(args);
        if (options is null || !options.TryGetValue("--app-id", out var appId))
        {
            await stderr.WriteLineAsync("usage: teams-package --app-id <guid> [--domain host] [--out recruitbot-teams.zip] [--manifest-dir manifest/teams]");
            return 2;
        }
        if (!Guid.TryParseExact(appId, "D", out var id))
        {
            await stderr.WriteLineAsync($"--app-id must be a GUID like 00000000-0000-0000-0000-000000000000, not '{appId}'.");
            return 2;
        }
        var domain = options.GetValueOrDefault("--domain") ?? DefaultDomain;
        if (!HostName().IsMatch(domain))
        {
            await stderr.WriteLineAsync($"--domain must be a bare host name (no scheme or path), not '{domain}'.");
            return 2;
        }
        if (!options.ContainsKey("--domain")) await stderr.WriteLineAsync($"warning: no --domain given; using placeholder '{DefaultDomain}'.");

        var dir = options.GetValueOrDefault("--manifest-dir") ?? FindManifestDir();
        if (dir is null || !File.Exists(Path.Combine(dir, "manifest.json")))
        {
            await stderr.WriteLineAsync("manifest/teams/manifest.json not found; run from the repository or pass --manifest-dir.");
            return 1;
        }
        var outPath = Path.GetFullPath(options.GetValueOrDefault("--out") ?? "recruitbot-teams.zip");
        var manifest = Fill(await File.ReadAllTextAsync(Path.Combine(dir, "manifest.json")), id.ToString("D"), domain);

        await using (var file = File.Create(outPath))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            await using (var entry = zip.CreateEntry("manifest.json").Open())
            await using (var writer = new StreamWriter(entry)) await writer.WriteAsync(manifest);
            foreach (var icon in Icons) zip.CreateEntryFromFile(Path.Combine(dir, icon), icon);
        }
        await stdout.WriteLineAsync($"wrote {outPath}");
        return 0;
    }

    /// <summary>Replaces the placeholders and proves the result is still JSON with nothing left unfilled.</summary>
    public static string Fill(string template, string botId, string domain)
    {
        var filled = template.Replace("{{BOT_ID}}", botId, StringComparison.Ordinal).Replace("{{BOT_DOMAIN}}", domain, StringComparison.Ordinal);
        if (filled.Contains("{{", StringComparison.Ordinal)) throw new InvalidOperationException("manifest.json has an unknown placeholder.");
        return JsonNode.Parse(filled)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static Dictionary<string, string>? Parse(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = args.Length > 0 && args[0] == "teams-package" ? 1 : 0;
        for (var i = start; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length) return null;
            result[args[i]] = args[i + 1];
        }
        return result;
    }

    private static string? FindManifestDir()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, "manifest", "teams");
                if (File.Exists(Path.Combine(candidate, "manifest.json"))) return candidate;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")]
    private static partial Regex HostName();
}
