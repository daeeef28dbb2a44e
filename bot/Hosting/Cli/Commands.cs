namespace RecruitBot.Hosting.Cli;

/// <summary>The CLI verbs. Each writes its output to stdout and its logs to stderr.</summary>
public static class Commands
{
    /// <summary>Runs the verb in <paramref name="args"/>[0]; null when there is none and the web host should start.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        var rest = args.Skip(1).ToArray();
        return args.FirstOrDefault() switch
        {
            "chat" => await ChatCommand.RunAsync(rest, Console.In, Console.Out),
            "understand" => await UnderstandCommand.RunAsync(rest, Console.Out, Console.Error),
            "cards" when rest.FirstOrDefault() == "export" => await CardsExportCommand.RunAsync(rest[1..], Console.Out, Console.Error),
            "cards" => Usage("cards export DIR"),
            "teams-package" => await TeamsPackageCommand.RunAsync(rest, Console.Out, Console.Error),
            "slack-manifest" => await SlackManifestCommand.RunAsync(rest, Console.Out, Console.Error),
            "dispatch" => await DispatchCommand.RunAsync(rest, Console.Out, Console.Error),
            "retention" => await RetentionCommand.RunAsync(rest, Console.Out, Console.Error),
            "help" or "--help" or "-h" => Usage("chat | understand CASES.jsonl | cards export DIR | teams-package --app-id ID --out FILE.zip | slack-manifest --base-url URL | dispatch [--until-idle] | retention"),
            _ => null,
        };
    }

    private static int Usage(string usage)
    {
        Console.Error.WriteLine($"usage: dotnet run --project bot -- {usage}");
        return 2;
    }
}
