using RecruitBot.Conversation;
using RecruitBot.Recruiting.Privacy;

namespace RecruitBot.Channels.Terminal;

/// <summary>
/// Where the terminal puts a <see cref="FileReply"/>: <c>Privacy:ExportDirectory</c> (default: recruitbot-exports in the
/// temp directory). The folder and file are readable by their owner only (0700/0600 on Unix), because exports are
/// personal data and the temp directory is shared with every user of the machine. Files are never overwritten.
/// </summary>
public static class TerminalFileWriter
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static string DirectoryFor(PrivacyOptions options) =>
        options.ExportDirectory is { Length: > 0 } d ? d : Path.Combine(Path.GetTempPath(), "recruitbot-exports");

    /// <summary>Writes the file and returns its full path.</summary>
    public static async Task<string> WriteAsync(string directory, FileReply file, CancellationToken ct = default)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(directory);
        else Directory.CreateDirectory(directory, OwnerOnlyDirectory);

        var name = SafeName(file.FileName);
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 1; ; n++)
        {
            var path = Path.GetFullPath(Path.Combine(directory, n == 1 ? name : $"{stem}-{n}{extension}"));
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFile;
            FileStream stream;
            try
            {
                stream = new FileStream(path, options);
            }
            catch (IOException) when (File.Exists(path) && n < 100)
            {
                continue;
            }
            await using (stream)
                await stream.WriteAsync(file.Content, ct);
            return path;
        }
    }

    /// <summary>The engine names files, but a name must never climb out of the export folder or hide as a dotfile.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        name = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).TrimStart('.');
        return name.Length == 0 ? "export.bin" : name;
    }
}
