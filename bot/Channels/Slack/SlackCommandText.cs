namespace RecruitBot.Channels.Slack;

/// <summary>Maps <c>/recruitbot …</c> to what a user would type to the bot; no business rules here.</summary>
public static class SlackCommandText
{
    public static string ToEngineText(string? commandText)
    {
        var text = (commandText ?? "").Trim();
        if (text.Length == 0) return "help";
        var space = text.IndexOf(' ');
        var verb = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        return verb switch
        {
            "log" => rest.Length == 0 ? "help" : rest,
            "due" => "who is due",
            "help" => "help",
            "show" => rest.Length == 0 ? "help" : "show " + rest,
            "refer" => rest.Length == 0 ? "refer" : "refer " + rest,
            _ => text,
        };
    }
}
