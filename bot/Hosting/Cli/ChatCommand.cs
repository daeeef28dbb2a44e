using RecruitBot.Channels.Terminal;
using RecruitBot.Hosting.Storage;

namespace RecruitBot.Hosting.Cli;

/// <summary><c>chat</c>: the terminal channel over the same engine and store as the web host.</summary>
public static class ChatCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout)
    {
        var builder = Host.CreateApplicationBuilder(HostDefaults.CliSettings(args));
        HostDefaults.LogToStandardError(builder.Logging, builder.Configuration);
        builder.Services.AddRecruitBotCore(builder.Configuration, builder.Environment);
        builder.Services.AddOptions<TerminalOptions>().Bind(builder.Configuration.GetSection(TerminalOptions.Section));
        builder.Services.AddSingleton<TerminalChat>();
        builder.Services.AddTerminalDelivery(builder.Configuration, stdout);
        using var host = builder.Build();
        await DatabaseMigrator.MigrateAsync(host.Services);
        var chat = host.Services.GetRequiredService<TerminalChat>();
        return await chat.RunAsync(stdin, stdout, interactive: !Console.IsInputRedirected);
    }
}
