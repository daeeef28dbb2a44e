using System.Text.RegularExpressions;

namespace RecruitBot.Tests.Architecture;

/// <summary>
/// The core (Conversation, Understanding, Recruiting and, later, Nudges and Referrals) must not know about HTTP,
/// ASP.NET, channel wire types, JSON node shapes or card rendering, so a channel can be swapped without touching it.
/// </summary>
public sealed partial class CoreLayeringTests
{
    private static readonly string[] CoreFolders = ["Conversation", "Understanding", "Recruiting", "Nudges", "Referrals"];

    public static TheoryData<string> CoreFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in CoreFilePaths()) data.Add(file);
        return data;
    }

    private static IEnumerable<string> CoreFilePaths()
    {
        foreach (var folder in CoreFolders)
        {
            var dir = Path.Combine(RepoRoot(), "bot", folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
                yield return Path.GetRelativePath(RepoRoot(), file);
        }
    }

    [Theory]
    [MemberData(nameof(CoreFiles))]
    public void CoreFile_References_NoChannelOrHttpTypes(string relativePath)
    {
        // Comments may name channels (to explain why); code may not.
        var text = Comments().Replace(File.ReadAllText(Path.Combine(RepoRoot(), relativePath)), "");
        var hits = Forbidden().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(hits.Count == 0, $"{relativePath} references {string.Join(", ", hits)}");
    }

    [Fact]
    public void CoreFiles_Found_InEveryRequiredFolder()
    {
        var files = CoreFilePaths().ToList();
        foreach (var folder in new[] { "Conversation", "Understanding", "Recruiting" })
            Assert.Contains(files, f => f.StartsWith(Path.Combine("bot", folder), StringComparison.Ordinal));
    }

    [Fact]
    public void Forbidden_Pattern_CatchesAnHttpReference() =>
        Assert.Matches(Forbidden(), "using System.Net.Http;\nvar x = new SlackWebApiClient();");

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RecruitBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RecruitBot.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\b(Microsoft\.AspNetCore(\.\w+)*|System\.Net\.Http|HttpClient|HttpContext|HttpRequest|HttpResponse|IResult|RecruitBot\.Channels(\.\w+)*|RecruitBot\.Cards|System\.Text\.Json\.Nodes|JsonObject|JsonNode|JsonElement|Activity|BotConnector|Slack[A-Z]\w*|Teams[A-Z]\w*)\b")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
