using System.Text.Json;

namespace RecruitBot.Channels.Slack.Processing;

/// <summary>A slash command's form fields, stored in the inbox as a JSON object of strings.</summary>
public static class SlackJsonForm
{
    public static string Serialize(IEnumerable<KeyValuePair<string, string>> fields) =>
        JsonSerializer.Serialize(fields.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value));

    public static Dictionary<string, string> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
