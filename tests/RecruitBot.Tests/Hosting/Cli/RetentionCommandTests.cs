using Microsoft.Data.Sqlite;
using RecruitBot.Hosting.Cli;
using RecruitBot.Tests.Support;

namespace RecruitBot.Tests.Hosting.Cli;

public sealed class RetentionCommandTests
{
    [Fact]
    public async Task RunAsync_OnePersonPastRetention_ErasedAndReported()
    {
        string file;
        await using (var bot = await BotHarness.StartAsync("2025-11-18T09:00:00Z"))
        {
            file = bot.File;
            await bot.SayAsync("Priya Shah was runner-up for QA Lead, check back in 3 months");
            await bot.SayAsync("yes");
        }
        var stdout = new StringWriter();

        var code = await RetentionCommand.RunAsync(
            [$"--ConnectionStrings:RecruitBot=Data Source={file}", "--RECRUITBOT_NOW=2027-11-19T09:00:00Z", "--Retention:RunJob=false", "--Nudges:RunScheduler=false"],
            stdout, TextWriter.Null);
        SqliteConnection.ClearAllPools();

        Assert.Equal(0, code);
        Assert.StartsWith("retention: erased 1, asked 0 owner(s)", stdout.ToString());
    }
}
