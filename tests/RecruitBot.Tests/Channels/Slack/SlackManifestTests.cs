using System.Text.Json;
using System.Text.Json.Nodes;
using RecruitBot.Channels.Slack;
using RecruitBot.Hosting.Cli;

namespace RecruitBot.Tests.Channels.Slack;

public sealed class SlackManifestTests
{
    private static string ManifestFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "manifest", "slack", "manifest.json");
            if (File.Exists(candidate) || File.Exists(Path.Combine(dir.FullName, "RecruitBot.sln"))) return candidate;
        }
        throw new FileNotFoundException("manifest/slack/manifest.json");
    }

    [Fact]
    public void Build_Placeholder_EqualsCommittedManifest()
    {
        var built = SlackManifest.Build(SlackManifest.PlaceholderBaseUrl);
        var file = ManifestFile();
        // Regenerate with UPDATE_SLACK_MANIFEST=1 after changing SlackManifest.
        if (Environment.GetEnvironmentVariable("UPDATE_SLACK_MANIFEST") == "1")
            File.WriteAllText(file, built.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        Assert.True(JsonNode.DeepEquals(built, JsonNode.Parse(File.ReadAllText(file))), "manifest/slack/manifest.json is stale");
    }

    [Fact]
    public void Build_Default_MinimalScopesWithoutChannelHistory()
    {
        var scopes = SlackManifest.Build("https://x.example")["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.ToString());
        Assert.Equal(["app_mentions:read", "channels:read", "chat:write", "commands", "files:write", "groups:read", "im:history", "im:write", "users:read"], scopes);
    }

    [Fact]
    public void Build_ListenInChannels_AddsChannelHistoryAndEvent()
    {
        var m = SlackManifest.Build("https://x.example", listenInChannels: true);
        Assert.Contains("channels:history", m["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.ToString()));
        Assert.Contains("message.channels", m["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(s => s!.ToString()));
    }

    [Fact]
    public async Task RunAsync_BaseUrl_PrintsUrlsUnderIt()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await SlackManifestCommand.RunAsync(["slack-manifest", "--base-url", "https://example.org/"], stdout, new StringWriter()));
        var m = JsonNode.Parse(stdout.ToString())!;
        Assert.Equal("https://example.org/slack/events", m["settings"]!["event_subscriptions"]!["request_url"]!.ToString());
        Assert.Equal("https://example.org/slack/interactions", m["settings"]!["interactivity"]!["request_url"]!.ToString());
        Assert.Equal("https://example.org/slack/commands", m["features"]!["slash_commands"]![0]!["url"]!.ToString());
    }

    [Theory]
    [InlineData("http://example.org")]
    [InlineData("example.org")]
    public async Task RunAsync_NotHttps_UsageError(string baseUrl)
    {
        Assert.Equal(2, await SlackManifestCommand.RunAsync(["slack-manifest", "--base-url", baseUrl], new StringWriter(), new StringWriter()));
    }
}
