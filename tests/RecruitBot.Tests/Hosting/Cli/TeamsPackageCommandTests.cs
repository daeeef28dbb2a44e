using System.IO.Compression;
using System.Text.Json.Nodes;
using RecruitBot.Hosting.Cli;

namespace RecruitBot.Tests.Hosting.Cli;

public sealed class TeamsPackageCommandTests
{
    [Fact]
    public async Task Run_ValidId_ZipWithFilledManifestAndIconsAtRoot()
    {
        var zipPath = Path.Combine(Path.GetTempPath(), $"teams-{Guid.NewGuid():N}.zip");
        var code = await TeamsPackageCommand.RunAsync(
            ["teams-package", "--app-id", "11111111-2222-3333-4444-555555555555", "--domain", "bot.contoso.com", "--out", zipPath],
            TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, code);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order().ToArray());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(reader.ReadToEnd())!;
        Assert.Equal("11111111-2222-3333-4444-555555555555", (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("bot.contoso.com", (string?)manifest["validDomains"]![0]);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("11111111222233334444555555555555")]
    public async Task Run_IdNotGuid_UsageError(string id) =>
        Assert.Equal(2, await TeamsPackageCommand.RunAsync(["teams-package", "--app-id", id], TextWriter.Null, TextWriter.Null));

    [Fact]
    public async Task Run_DomainWithScheme_UsageError() =>
        Assert.Equal(2, await TeamsPackageCommand.RunAsync(["--app-id", Guid.NewGuid().ToString(), "--domain", "https://x.com/"], TextWriter.Null, TextWriter.Null));

    [Fact]
    public void Fill_UnknownPlaceholder_Throws() =>
        Assert.Throws<InvalidOperationException>(() => TeamsPackageCommand.Fill("""{"a":"{{OTHER}}"}""", "id", "d"));
}
