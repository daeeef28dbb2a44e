using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RecruitBot.Channels.Terminal;
using RecruitBot.Recruiting.Privacy;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Channels.Terminal;

/// <summary>The terminal over the real engine: "export X" prints where the owner-only JSON file went.</summary>
public sealed class TerminalChatExportTests
{
    [Fact]
    public async Task RunAsync_ExportCommand_PrintsPathOfExportJson()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"recruitbot-export-test-{Guid.NewGuid():N}");
        await using var bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Privacy:ExportDirectory"] = dir });
        try
        {
            var chat = ActivatorUtilities.CreateInstance<TerminalChat>(bot.Services,
                Options.Create(new TerminalOptions { UserId = bot.User, TimeZone = "UTC", ConversationId = bot.Conversation }));
            var output = new StringWriter();

            await chat.RunAsync(new StringReader("Priya Shah was runner-up for QA Lead, check back in 3 months\nyes\nexport Priya Shah\n"), output, interactive: false);

            var line = output.ToString().Split('\n').Single(l => l.StartsWith("bot> Everything I hold about Priya Shah, as JSON. Saved to ", StringComparison.Ordinal));
            var path = line[(line.IndexOf("Saved to ", StringComparison.Ordinal) + 9)..].Trim();
            Assert.Equal(dir, Path.GetDirectoryName(path));
            Assert.Contains("\"Priya Shah\"", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
