using RecruitBot.Hosting.Cli;
using RecruitBot.Hosting.Storage;

namespace RecruitBot.Hosting;

/// <summary>
/// Reads like a table of contents: a CLI verb runs and exits; no verb starts the web host with its channels.
/// </summary>
public static class RecruitBotApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rest = args.Skip(1).ToArray();
        switch (args.FirstOrDefault())
        {
            case "chat": return await ChatCommand.RunAsync(rest, Console.In, Console.Out);
            case "understand": return await UnderstandCommand.RunAsync(rest, Console.Out, Console.Error);
            case "cards" when rest.FirstOrDefault() == "export": return await CardsExportCommand.RunAsync(rest[1..], Console.Out, Console.Error);
        }

        var builder = WebApplication.CreateBuilder(args);
        builder.AddRecruitBot();
        var app = builder.Build();
        await DatabaseMigrator.MigrateAsync(app.Services);
        app.MapHealth();
        await app.RunAsync();
        return 0;
    }
}
