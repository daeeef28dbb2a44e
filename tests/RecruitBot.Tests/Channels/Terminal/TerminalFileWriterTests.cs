using System.Text;
using RecruitBot.Channels.Terminal;
using RecruitBot.Conversation;
using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Tests.Channels.Terminal;

public sealed class TerminalFileWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"recruitbot-export-test-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static FileReply File(string name, string text) => new(name, "application/json", Encoding.UTF8.GetBytes(text), "summary");

    [Fact]
    public async Task WriteAsync_NewFile_ExactBytesOwnerOnly()
    {
        var path = await TerminalFileWriter.WriteAsync(_dir, File("export-1.json", "{\"a\":1}"));

        Assert.Equal(Path.Combine(_dir, "export-1.json"), path);
        Assert.Equal("{\"a\":1}", await System.IO.File.ReadAllTextAsync(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, System.IO.File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, System.IO.File.GetUnixFileMode(_dir));
        }
    }

    [Fact]
    public async Task WriteAsync_NameTaken_SuffixedAndOriginalKept()
    {
        var first = await TerminalFileWriter.WriteAsync(_dir, File("export-1.json", "first"));
        var second = await TerminalFileWriter.WriteAsync(_dir, File("export-1.json", "second"));

        Assert.Equal(Path.Combine(_dir, "export-1-2.json"), second);
        Assert.Equal("first", await System.IO.File.ReadAllTextAsync(first));
        Assert.Equal("second", await System.IO.File.ReadAllTextAsync(second));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\x.json", "x.json")]
    [InlineData(".hidden", "hidden")]
    [InlineData("", "export.bin")]
    public void SafeName_HostileName_PlainNameInsideFolder(string given, string expected) =>
        Assert.Equal(expected, TerminalFileWriter.SafeName(given));

    [Fact]
    public void DirectoryFor_NothingConfigured_TempExportsFolder() =>
        Assert.Equal(Path.Combine(Path.GetTempPath(), "recruitbot-exports"), TerminalFileWriter.DirectoryFor(new PrivacyOptions()));
}
