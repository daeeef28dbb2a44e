using System.Text;
using System.Text.Json;
using RecruitBot.Conversation;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Conversation;

/// <summary>"export X" hands the requester a JSON file (channel-free); each channel decides how to deliver it.</summary>
public sealed class PrivacyFeatureExportTests
{
    [Fact]
    public async Task Export_KnownCandidate_JsonFileReplyAndAuditEntry()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync("Priya Shah was runner-up for QA Lead, priya.shah@example.com, check back in 3 months");
        await bot.SayAsync("yes");

        var result = await bot.SayAsync("export Priya Shah");

        var file = result.File();
        Assert.Single(result.Replies);
        Assert.Equal("application/json", file.ContentType);
        Assert.Matches("^export-[0-9a-f]{32}-20251118090000\\.json$", file.FileName);
        Assert.DoesNotContain("Priya", file.FileName, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Everything I hold about Priya Shah, as JSON.", file.Summary);
        using var json = JsonDocument.Parse(file.Content);
        Assert.Contains("priya.shah@example.com", Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
        Assert.Contains(" export candidate ", (await bot.SayAsync("audit log")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownName_TextAndNoFile()
    {
        await using var bot = await BotHarness.StartAsync();

        var result = await bot.SayAsync("export Nobody Here");

        Assert.Empty(result.Replies.OfType<FileReply>());
        Assert.Contains("I don't hold anyone called \"Nobody Here\"", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_FileReply_OmitsContent()
    {
        var file = new FileReply("a.json", "application/json", Encoding.UTF8.GetBytes("{\"name\":\"Priya Shah\"}"), "s");

        Assert.DoesNotContain("Priya", file.ToString(), StringComparison.Ordinal);
        Assert.Contains("Length = 21", file.ToString(), StringComparison.Ordinal);
    }
}
